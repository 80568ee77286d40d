/**
 * The offline edition ({@code accord build --portable}): the site as a folder that works opened from a disk with
 * {@code file://}, where a link to a folder would show a file listing instead of its page. {@link
 * accord.portable.FileLinks} rewrites the links of one HTML page so each names a file ({@code sessions/index.html}),
 * {@link accord.portable.PortableSink} passes a build's output through it and writes the manifest of what it really
 * wrote, and {@link accord.portable.EditionZip} packs the folder into a zip whose bytes depend only on the files.
 * It imports only the output sink, the fixity manifest, and the link check's HTML scanner (the links and ids of a page).
 */
package accord.portable;
