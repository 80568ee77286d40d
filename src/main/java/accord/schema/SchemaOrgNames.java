package accord.schema;

import java.util.Optional;
import java.util.Set;

/**
 * The schema.org names Accord knows: the types and properties its own JSON-LD writes, those the example portal's
 * schema maps to, and others a portal of events, people, organizations and documents is likely to use. A schema's
 * {@code jsonld}, {@code jsonld_inverse} and {@code jsonld_type} may name others (schema.org has many more), but a
 * name that is one of these written in other capitals, or with '_' or '-' between its words ({@code startdate},
 * {@code start_date}), is a slip: search engines read names exactly, so the property would be lost from every page.
 */
final class SchemaOrgNames {
    static final Set<String> PROPERTIES = Set.of(
            "about", "abstract", "actor", "affiliation", "alternateName", "alumniOf", "attendee", "audience", "author",
            "award", "birthDate", "birthPlace", "citation", "colleague", "contributor", "copyrightHolder", "copyrightYear",
            "countryOfOrigin", "creator", "dateCreated", "dateModified", "datePublished", "deathDate", "department",
            "description", "disambiguatingDescription", "doorTime", "duration", "editor", "email", "employee", "endDate",
            "endTime", "eventStatus", "familyName", "founder", "foundingDate", "funder", "gender", "givenName",
            "hasPart", "headline", "honorificPrefix", "honorificSuffix", "identifier", "image", "inLanguage",
            "isBasedOn", "isPartOf", "jobTitle", "keywords", "knowsLanguage", "legalName", "legislationDate",
            "legislationIdentifier", "legislationJurisdiction", "legislationPassedBy", "legislationType", "license",
            "location", "logo", "member", "memberOf", "mentions", "name", "nationality", "organizer", "parentOrganization",
            "performer", "publisher", "recordedIn", "sameAs", "spatialCoverage", "sponsor", "startDate", "startTime",
            "subEvent", "subOrganization", "subjectOf", "superEvent", "telephone", "temporalCoverage", "text",
            "translator", "url", "workFeatured", "workPerformed", "worksFor");

    /** The types of schema.org's hierarchy as {@link SchemaOrgTypes} has it, and a few more. */
    static final Set<String> TYPES = union(SchemaOrgTypes.names(), Set.of("Conference"));

    private SchemaOrgNames() {
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    /**
     * The known name {@code written} is a slip of: one that differs from it in capitals or in the '_' and '-' between
     * words alone; empty when {@code written} is known itself or is no such slip.
     */
    static Optional<String> misspelling(String written, Set<String> known) {
        if (known.contains(written)) return Optional.empty();
        String bare = written.replace("_", "").replace("-", "");
        return known.stream().filter(k -> k.equalsIgnoreCase(bare)).sorted().findFirst();
    }
}
