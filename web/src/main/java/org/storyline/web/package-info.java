/**
 * The web layer: server-rendered pages (jte templates, precompiled at build time) and a small JSON API
 * over the store. In: a {@link org.storyline.store.Store}. Out: HTML and JSON over HTTP. It reads only;
 * ingesting is the pipeline's job. Failures map to HTTP statuses in {@link org.storyline.web.WebServer} alone.
 */
package org.storyline.web;
