package nl.claimdesk.registration.backoffice.registry;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.claimdesk.audit.Actor;
import nl.claimdesk.campaign.CampaignSummary;
import nl.claimdesk.campaign.Campaigns;
import nl.claimdesk.infrastructure.StaffMember;
import nl.claimdesk.registration.FilePaths;
import nl.claimdesk.registration.internal.ChangedBy;
import nl.claimdesk.registration.internal.registry.RegistryImports;
import nl.claimdesk.registration.internal.registry.RegistryList;
import nl.claimdesk.registration.internal.registry.RegistryMatching;
import nl.claimdesk.registration.view.RegistryListView;
import nl.claimdesk.registration.view.RegistryUploadView;
import nl.claimdesk.web.Choice;
import nl.claimdesk.web.FormErrors;
import nl.claimdesk.web.Texts;
import nl.claimdesk.web.Views;
import nl.claimdesk.web.backoffice.BackofficePages;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * A case handler imports the court registry's list of opt-outs and opt-ins (docs/adr/0048): uploads it for a
 * campaign, sees which lines match a claimant and which do not and why, imports the matched ones, and keeps the
 * report of the unmatched lines to follow up.
 */
@Controller
class RegistryImportController {

    static final int MAX_BYTES = 2 * 1024 * 1024;

    private final Campaigns campaigns;
    private final RegistryImports imports;
    private final BackofficePages pages;

    RegistryImportController(Campaigns campaigns, RegistryImports imports, BackofficePages pages) {
        this.campaigns = campaigns;
        this.imports = imports;
        this.pages = pages;
    }

    @GetMapping(RegistrySection.PATH)
    ModelAndView uploadForm() {
        return upload("", FormErrors.none(), HttpStatus.OK);
    }

    @PostMapping(RegistrySection.PATH)
    ModelAndView upload(
            @RequestParam(defaultValue = "") String campaign,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            HttpServletRequest request) {
        Texts t = pages.texts();
        FormErrors errors = FormErrors.none();
        Optional<CampaignSummary> found = campaigns.bySlug(campaign);
        if (found.isEmpty()) {
            errors.add("campaign", t.get("registry.upload.error.campaign"));
        }
        String content = content(file, t, errors);
        if (content != null) {
            String refusal = RegistryList.parse(content).refusal();
            if (refusal != null) {
                errors.add("file", t.get(refusal, RegistryList.MAX_LINES));
            }
        }
        if (!errors.isEmpty() || found.isEmpty() || content == null || file == null) {
            return upload(campaign, errors, HttpStatus.OK);
        }
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        UUID id = imports.store(
                found.get().id(), name.length() > 200 ? name.substring(0, 200) : name, content, staff(request));
        return new ModelAndView("redirect:" + RegistrySection.PATH + "/" + id);
    }

    /** A body too large for the container, or not multipart at all: the form again, with the limit named. */
    @ExceptionHandler(MultipartException.class)
    ModelAndView unreadable() {
        FormErrors errors = FormErrors.none().add("file", pages.texts().get("registry.upload.error.file"));
        return upload("", errors, HttpStatus.BAD_REQUEST);
    }

    @GetMapping(RegistrySection.PATH + "/{list}")
    ModelAndView list(@PathVariable UUID list) {
        return imports.find(list).map(this::render).orElseGet(this::notFound);
    }

    @PostMapping(RegistrySection.PATH + "/{list}")
    ModelAndView importList(@PathVariable UUID list, HttpServletRequest request) {
        Optional<RegistryImports.Upload> upload = imports.find(list);
        if (upload.isEmpty()) {
            return notFound();
        }
        if (!upload.get().imported()) {
            imports.importList(upload.get(), staff(request));
        }
        return new ModelAndView("redirect:" + RegistrySection.PATH + "/" + list);
    }

    private ModelAndView render(RegistryImports.Upload upload) {
        Texts t = pages.texts();
        List<RegistryListView.MatchedRow> matched = new ArrayList<>();
        List<RegistryListView.UnmatchedRow> unmatched = new ArrayList<>();
        for (RegistryMatching.Matched line : imports.lines(upload)) {
            RegistryMatching.Claimant claimant = line.claimant();
            RegistryList.Entry entry = line.line().entry();
            if (claimant != null && entry != null) {
                matched.add(new RegistryListView.MatchedRow(
                        line.line().number(),
                        entry.registryReference(),
                        t.get("registry.choice." + entry.choice()),
                        claimant.name() + " (" + claimant.registrationReference() + ")",
                        FilePaths.of(claimant.registration())));
            } else {
                unmatched.add(new RegistryListView.UnmatchedRow(
                        line.line().number(),
                        String.join(" | ", line.line().fields()),
                        t.get(String.valueOf(line.problem()))));
            }
        }
        String campaignName = campaigns
                .byId(upload.campaign())
                .map(found -> found.name(t.language()))
                .orElse("");
        String summary = upload.imported()
                ? t.get("registry.report.summary", upload.recorded(), unmatched.size())
                : t.get("registry.preview.summary", matched.size(), unmatched.size());
        String title = t.get(upload.imported() ? "registry.report.title" : "registry.preview.title");
        return Views.render(
                "registration/backoffice/registry-list",
                pages.page(title, RegistrySection.PATH),
                new RegistryListView(
                        campaignName,
                        upload.fileName(),
                        summary,
                        upload.imported() || matched.isEmpty() ? null : RegistrySection.PATH + "/" + upload.id(),
                        matched,
                        unmatched));
    }

    private ModelAndView upload(String campaign, FormErrors errors, HttpStatus status) {
        Texts t = pages.texts();
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice("", t.get("registry.upload.campaign.choose"), null, campaign.isEmpty()));
        for (CampaignSummary each : campaigns.all()) {
            choices.add(new Choice(
                    each.slug(), each.name(t.language()), null, each.slug().equals(campaign)));
        }
        List<String> columns = new ArrayList<>();
        for (String column : List.of(
                "registry_reference", "choice", "last_name", "date_of_birth", "postcode", "registration_reference")) {
            columns.add(column + ": " + t.get("registry.column." + column));
        }
        ModelAndView page = Views.render(
                "registration/backoffice/registry-upload",
                pages.page(t.get("registry.upload.title"), RegistrySection.PATH),
                new RegistryUploadView(RegistrySection.PATH, choices, columns, errors));
        page.setStatus(status);
        return page;
    }

    /** The file as UTF-8 text, or none with the problem added. */
    private static @Nullable String content(@Nullable MultipartFile file, Texts t, FormErrors errors) {
        if (file == null || file.isEmpty()) {
            errors.add("file", t.get("registry.upload.error.missing"));
            return null;
        }
        if (file.getSize() > MAX_BYTES) {
            errors.add("file", t.get("registry.upload.error.file"));
            return null;
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file.getBytes()))
                    .toString();
        } catch (IOException unreadable) {
            errors.add("file", t.get("registry.upload.error.encoding"));
            return null;
        }
    }

    private static ChangedBy staff(HttpServletRequest request) {
        return new ChangedBy(Actor.staff(StaffMember.require().id()), request.getRemoteAddr(), null);
    }

    private ModelAndView notFound() {
        return pages.notFound(RegistrySection.PATH);
    }
}
