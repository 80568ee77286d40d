/**
 * {@code content/site.yml} plus command-line overrides as the {@link SiteConfig} record.
 * May import {@code accord.problem}, {@code accord.text}, {@code accord.content}.
 */
package accord.config;
