/**
 * The application: the {@code storyline} command line and the only place objects are wired together
 * (config → store → pipeline → web server). Commands: {@code ingest}, {@code export}, {@code serve} and the rest
 * listed by {@code storyline --help}. Every message about outside text goes through {@link org.storyline.app.Terminal}
 * (no escape sequence reaches the terminal); a damaged store is recognised in one place
 * ({@link org.storyline.app.StoreDamage}); native libraries are cached in the data folder
 * ({@link org.storyline.app.NativeCache}).
 */
package org.storyline.app;
