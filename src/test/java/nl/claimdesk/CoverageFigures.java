package nl.claimdesk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Prints the line and branch coverage of each module (top-level package under {@code nl.claimdesk}) from JaCoCo's
 * CSV report; the build runs it after the report ({@code ./mvnw verify}). A figure to read, not a threshold.
 */
public final class CoverageFigures {

    private static final String ROOT = "nl.claimdesk";

    private CoverageFigures() {}

    public static void main(String[] args) throws IOException {
        Path csv = Path.of(args[0]);
        String database = args.length > 1 ? args[1] : "";
        if (!Files.isRegularFile(csv)) {
            System.out.println("No coverage report at " + csv + " (were the tests skipped?)");
            return;
        }
        System.out.print(table(Files.readAllLines(csv), database));
    }

    /** The figures per module and in total, as a table; {@code lines} is JaCoCo's CSV with its header. */
    static String table(List<String> lines, String database) {
        List<String> header = List.of(lines.getFirst().split(","));
        int packageColumn = header.indexOf("PACKAGE");
        int lineMissed = header.indexOf("LINE_MISSED");
        int lineCovered = header.indexOf("LINE_COVERED");
        int branchMissed = header.indexOf("BRANCH_MISSED");
        int branchCovered = header.indexOf("BRANCH_COVERED");
        Map<String, long[]> modules = new TreeMap<>();
        long[] total = new long[4];
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            String module = moduleOf(cells[packageColumn]);
            long[] counts = modules.computeIfAbsent(module, name -> new long[4]);
            int[] columns = {lineMissed, lineCovered, branchMissed, branchCovered};
            for (int i = 0; i < columns.length; i++) {
                long value = Long.parseLong(cells[columns[i]]);
                counts[i] += value;
                total[i] += value;
            }
        }
        StringBuilder table = new StringBuilder();
        table.append("Coverage per module")
                .append(database.isEmpty() ? "" : " (" + database + ")")
                .append('\n');
        table.append(String.format("%-16s %8s %8s%n", "module", "lines", "branches"));
        modules.forEach((module, counts) -> table.append(row(module, counts)));
        table.append(row("total", total));
        return table.toString();
    }

    private static String moduleOf(String javaPackage) {
        if (javaPackage.equals(ROOT)) {
            return "(application)";
        }
        String rest = javaPackage.startsWith(ROOT + ".") ? javaPackage.substring(ROOT.length() + 1) : javaPackage;
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static String row(String module, long[] counts) {
        return String.format("%-16s %8s %8s%n", module, percent(counts[1], counts[0]), percent(counts[3], counts[2]));
    }

    private static String percent(long covered, long missed) {
        long all = covered + missed;
        return all == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * covered / all);
    }
}
