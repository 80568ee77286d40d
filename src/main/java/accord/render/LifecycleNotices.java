package accord.render;

import accord.content.RecordId;
import accord.lifecycle.Lifecycle;
import accord.lifecycle.Lifecycle.State;
import accord.model.Record;
import accord.model.Site;
import accord.render.Views.LinkView;
import accord.schema.Role;
import java.util.List;
import java.util.Optional;

/**
 * What the site shows of a record's lifecycle ({@link Lifecycle}): the notice at the top of a superseded or withdrawn
 * record's page, the word that marks such a record wherever it is linked in a list, and the "Superseded and
 * withdrawn" section of its collection's first list page, which keeps every such record reachable once it has left
 * the list itself.
 */
final class LifecycleNotices {
    /**
     * The notice: {@code state} is {@code superseded} or {@code withdrawn}, {@code label} the portal's word for it (the
     * enum's label), {@code replacement} the record that replaced it (may be null), {@code current} the end of the
     * chain of replacements when the replacement is itself superseded (may be null), {@code date}/{@code iso} when
     * (may be empty), {@code reason} why, as plain text (may be empty); {@code labelLang} and {@code reasonLang} the
     * languages of the word and of the reason.
     */
    public record NoticeView(String state, String label, LinkView replacement, LinkView current, String date, String iso,
                             String reason, String labelLang, String reasonLang) {
    }

    private LifecycleNotices() {
    }

    /** The notice for {@code r} in {@code site} (the site as readers of the page's language see it), if it is not current. */
    static Optional<NoticeView> of(Site site, Record r, RecordViews views) {
        State state = Lifecycle.state(r);
        if (state == State.CURRENT) return Optional.empty();
        LinkView replacement = null;
        LinkView current = null;
        if (state == State.SUPERSEDED) {
            List<RecordId> chain = Lifecycle.chain(r, id -> {
                Deps.note(Deps.record(id));
                return site.find(id);
            });
            if (!chain.isEmpty()) {
                replacement = site.find(chain.get(0)).map(views::link).orElse(null);
                if (chain.size() > 1) current = site.find(chain.get(chain.size() - 1)).map(views::link).orElse(null);
            }
        }
        var date = Lifecycle.date(r);
        return Optional.of(new NoticeView(state.word(), label(r), replacement, current,
                date.map(d -> d.display()).orElse(""), date.map(d -> d.iso()).orElse(""), Lifecycle.reason(r).orElse(""),
                labelLanguage(r, views.lang(), views.fallback()), views.writtenIn(r, r.role(Role.LIFECYCLE_REASON).orElse(null))));
    }

    /**
     * The change log's lifecycle entries: each superseded or withdrawn record, at the commit that made its page what it is
     * now (its newest), which stands in the log as "Superseded" or "Withdrawn" instead of "Amended". None when the
     * history is not known, or while the record's file has changes not committed (that commit may predate them): no
     * date is guessed.
     */
    static List<HistoryPages.ChangeEntry> changes(Site site, accord.history.History history, java.util.function.UnaryOperator<String> by) {
        List<HistoryPages.ChangeEntry> entries = new java.util.ArrayList<>();
        if (!history.known()) return entries;
        for (Record r : site.records().values()) {
            State state = Lifecycle.state(r);
            String path = r.source().path();
            if (state == State.CURRENT || history.uncommitted(path).isPresent() || history.changes(path).isEmpty()) continue;
            accord.history.FileChange newest = history.changes(path).get(0);
            if (newest.kind() == accord.history.FileChange.Kind.DELETED) continue;
            String note = state == State.SUPERSEDED
                    ? Lifecycle.replacement(r).flatMap(site::find).map(t -> by.apply(t.title())).orElse("")
                    : Lifecycle.reason(r).map(HistoryPages::clean).orElse("");
            entries.add(new HistoryPages.ChangeEntry(state == State.SUPERSEDED ? HistoryPages.ChangeEntry.Kind.SUPERSEDED
                    : HistoryPages.ChangeEntry.Kind.WITHDRAWN, r, newest.commit(), note));
        }
        return entries;
    }

    /** The language of {@link #label} on the pages of {@code lang}: the enum's label's, else (the state's own word) the default's. */
    static String labelLanguage(Record r, String lang, String fallback) {
        State state = Lifecycle.state(r);
        return r.collection().roleField(Role.LIFECYCLE).map(f -> f.labelLanguageOf(state.word(), lang, fallback)).orElse(fallback);
    }

    /** The portal's word for the record's state ("Superseded"), from the lifecycle enum's labels; empty when current. */
    static String label(Record r) {
        State state = Lifecycle.state(r);
        if (state == State.CURRENT) return "";
        String word = r.collection().roleField(Role.LIFECYCLE).map(f -> f.labelOf(state.word())).orElse(state.word());
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
