/**
 * What archivists need from a build: addresses that keep working and copies that can be proved whole.
 * {@link accord.archive.Redirects} turns the old addresses records name ({@code redirect_from} role) into
 * redirect pages and a {@code _redirects} file; {@link accord.archive.UrlManifest} holds every build to the
 * committed list of published addresses, {@code content/urls.txt}; {@link accord.archive.Fixity} writes
 * {@code manifest.json} (every output file with its size and SHA-256) and {@link accord.archive.Verify}
 * checks a deposited copy against it. Plan entries are made here and rendered here; the build session
 * only calls in.
 */
package accord.archive;
