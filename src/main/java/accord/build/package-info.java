/**
 * The pipeline as straight-line code: read, validate, model, render, check, write. Every build is
 * a fresh {@link Build} made from explicit {@link BuildOptions}; nothing is kept between builds.
 * May import every stage.
 */
package accord.build;
