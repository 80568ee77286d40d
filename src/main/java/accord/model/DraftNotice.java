package accord.model;

import accord.content.RecordId;
import accord.schema.Role;
import accord.schema.Schema;

/**
 * What an error says about a draft this build leaves out, when a published record refers to it, a body links to it
 * or {@code site.yml} highlights it: one wording for the three, each error putting its own prefix (the field, the
 * link, {@code highlights}) before it.
 */
public final class DraftNotice {
    private DraftNotice() {
    }

    /**
     * "'sessions/x' is a draft, so it is not published (publish it by deleting 'draft: true' from
     * content/sessions/x.md, preview it by building with --drafts, or take the link out until it is published)",
     * where {@code what} names what the editor wrote that points at the draft ({@code reference}, {@code link},
     * {@code highlight}).
     */
    public static String of(Schema schema, RecordId draft, String what) {
        return "'" + draft + "' is a draft, so it is not published (publish it by deleting '" + draftLine(schema, draft)
                + "' from content/" + draft.collection() + "/" + draft.slug() + ".md, preview it by building with --drafts,"
                + " or take the " + what + " out until it is published)";
    }

    /** The line that keeps {@code draft} a draft: its collection's draft field, set to {@code true}. */
    private static String draftLine(Schema schema, RecordId draft) {
        return schema.collections().get(draft.collection()).roleField(Role.DRAFT)
                .map(f -> f.name() + ": true").orElseThrow();
    }
}
