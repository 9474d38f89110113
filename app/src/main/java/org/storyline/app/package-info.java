/**
 * The application: the {@code storyline} command line and the only place objects are wired together
 * (config → store → pipeline → web server). Commands: {@code ingest}, {@code export}, {@code serve}.
 */
package org.storyline.app;
