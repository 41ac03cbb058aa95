package org.kirok.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.kirok.app.Features;
import org.kirok.audit.Actor;
import org.kirok.portal.Markdown;
import org.kirok.portal.PostDraft;
import org.kirok.portal.PostText;
import org.kirok.portal.SiteSettings;
import org.kirok.publish.DocxRenderer;
import org.kirok.publish.Publication;

/**
 * The demo's public portal: a fictional organisation's programme pages and news posts in Korean and English — a
 * joint UPR submission with its Word file, a Council statement, an appeal, an event — plus a scheduled post, a
 * draft and a withdrawn post that the public must not see. Written through the same services editors use.
 */
final class DemoPortal {
    private final Features features;
    private final Markdown markdown = new Markdown();

    DemoPortal(Features features) {
        this.features = features;
    }

    void load() {
        boolean present = features.core().jdbi().withHandle(h -> h.createQuery("SELECT EXISTS (SELECT 1 FROM portal_post)")
                .mapTo(Boolean.class).one());
        if (present) {
            return;
        }
        features.core().jdbi().useTransaction(handle -> {
            SiteSettings settings = new SiteSettings(features.core().jdbi());
            settings.setSiteName(handle, "en", "Hanbit Documentation Centre (fictional)");
            settings.setSiteName(handle, "ko", "한빛기록센터 (가상)");
        });
        int order = 10;
        for (DemoPortalTexts.Page page : DemoPortalTexts.PAGES) {
            features.programmes().create(page.slug(), order, true, texts(page.en(), page.ko(), "", ""), Actor.SYSTEM);
            order += 10;
        }
        for (DemoPortalTexts.Item item : DemoPortalTexts.POSTS) {
            UUID id = features.posts().create(new PostDraft(item.category(), texts(item.en(), item.ko(), item.summaryEn(),
                    item.summaryKo())), Actor.SYSTEM);
            if (item.withSubmission()) {
                features.posts().attach(id, "joint-submission-upr-dprk-fictional.docx", submission(), Optional.empty(), Actor.SYSTEM);
            }
            switch (item.state()) {
                case PUBLISHED -> features.posts().publish(id, Optional.of(at(item.date())), Actor.SYSTEM);
                case SCHEDULED -> features.posts().publish(id, Optional.of(Instant.now().plus(30, ChronoUnit.DAYS)), Actor.SYSTEM);
                case WITHDRAWN -> {
                    features.posts().publish(id, Optional.of(at(item.date())), Actor.SYSTEM);
                    features.posts().withdraw(id, Actor.SYSTEM);
                }
                case DRAFT -> {
                    // stays a draft
                }
            }
        }
    }

    private List<PostText> texts(String en, String ko, String summaryEn, String summaryKo) {
        List<PostText> out = new java.util.ArrayList<>();
        if (!en.isEmpty()) {
            out.add(text("en", en, summaryEn));
        }
        if (!ko.isEmpty()) {
            out.add(text("ko", ko, summaryKo));
        }
        return out;
    }

    /** A version written as "# Title" on its first line, then the Markdown body. */
    private PostText text(String language, String source, String summary) {
        int newline = source.indexOf('\n');
        String title = source.substring(2, newline).strip();
        String body = source.substring(newline + 1).strip();
        return new PostText(language, title, Optional.of(summary), body, markdown.toSafeHtml(body));
    }

    private static Instant at(LocalDate date) {
        return date.atTime(9, 0).toInstant(ZoneOffset.ofHours(9));
    }

    /** The fictional joint submission itself, as the Word file OHCHR would receive. */
    private static byte[] submission() {
        List<Publication.Block> blocks = new java.util.ArrayList<>();
        blocks.add(new Publication.Heading(1, "I. Introduction"));
        int number = 1;
        for (String paragraph : DemoPortalTexts.SUBMISSION_PARAGRAPHS) {
            blocks.add(new Publication.Paragraph(paragraph, Optional.of(number++), List.of()));
        }
        blocks.add(new Publication.Heading(1, "II. Recommendations"));
        blocks.add(new Publication.Bullets(DemoPortalTexts.SUBMISSION_RECOMMENDATIONS));
        return new DocxRenderer().render(new Publication(
                "Joint submission to the Universal Periodic Review of the DPRK (fictional demonstration)",
                Optional.of("Hanbit Documentation Centre (fictional) and Saebyeok Rights Network (fictional) · 한빛기록센터·새벽인권네트워크 (가상)"),
                "en", blocks));
    }
}
