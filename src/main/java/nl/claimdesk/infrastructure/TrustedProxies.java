package nl.claimdesk.infrastructure;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The load balancers and reverse proxies whose {@code X-Forwarded-For} we believe, as addresses or CIDR ranges. A
 * visitor can write any {@code X-Forwarded-For} they like; only the entries that a trusted proxy appended are facts.
 * So the visitor is the right-most address that is not one of ours, and a request that did not come from a trusted
 * proxy keeps its own peer address whatever its headers say. No proxy is trusted unless configured.
 */
final class TrustedProxies {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

    private final List<Range> ranges;

    private TrustedProxies(List<Range> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    /** @param entries addresses ({@code 10.0.0.5}) or ranges ({@code 10.0.0.0/8}, {@code fd00::/8}) */
    static TrustedProxies of(List<String> entries) {
        List<Range> ranges = new ArrayList<>();
        for (String entry : entries) {
            if (!entry.isBlank()) {
                ranges.add(Range.parse(entry.strip()));
            }
        }
        return new TrustedProxies(ranges);
    }

    boolean isEmpty() {
        return ranges.isEmpty();
    }

    boolean trusts(String address) {
        Optional<byte[]> bytes = literal(address);
        return bytes.isPresent() && ranges.stream().anyMatch(range -> range.contains(bytes.get()));
    }

    /**
     * The visitor's address: {@code peer} itself unless it is a trusted proxy; then the right-most entry of the
     * forwarded chain that is not a trusted proxy. An entry that is not an IP address ends the walk at the last
     * trusted hop, since nothing left of it can be believed.
     */
    String visitor(String peer, List<String> forwardedFor) {
        if (!trusts(peer)) {
            return peer;
        }
        List<String> chain = forwardedFor.stream()
                .flatMap(header -> Arrays.stream(header.split(",")))
                .map(String::strip)
                .filter(entry -> !entry.isEmpty())
                .toList();
        String visitor = peer;
        for (int i = chain.size() - 1; i >= 0; i--) {
            String hop = chain.get(i);
            if (literal(hop).isEmpty()) {
                return visitor;
            }
            visitor = hop;
            if (!trusts(hop)) {
                return hop;
            }
        }
        return visitor;
    }

    /** The address's bytes when it is an IP literal; never a name lookup. */
    static Optional<byte[]> literal(String address) {
        if (!IPV4.matcher(address).matches() && !IPV6.matcher(address).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(address).getAddress());
        } catch (UnknownHostException notAnAddress) {
            return Optional.empty();
        }
    }

    private record Range(byte[] network, int prefixLength) {

        static Range parse(String entry) {
            String[] parts = entry.split("/", 2);
            byte[] network = literal(parts[0])
                    .orElseThrow(() -> new IllegalArgumentException(
                            "CLAIMDESK_TRUSTED_PROXIES: '" + entry + "' is not an IP address or CIDR range"));
            int prefix = network.length * 8;
            if (parts.length == 2) {
                try {
                    prefix = Integer.parseInt(parts[1]);
                } catch (NumberFormatException e) {
                    prefix = -1;
                }
                if (prefix < 0 || prefix > network.length * 8) {
                    throw new IllegalArgumentException(
                            "CLAIMDESK_TRUSTED_PROXIES: '" + entry + "' has an impossible prefix length");
                }
            }
            return new Range(network, prefix);
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int full = prefixLength / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefixLength % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return (address[full] & mask) == (network[full] & mask);
        }
    }
}
