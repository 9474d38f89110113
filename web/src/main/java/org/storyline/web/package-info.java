/**
 * The web layer: server-rendered pages (jte templates, precompiled at build time) and a small JSON API
 * over the store. In: a {@link org.storyline.store.Store}. Out: HTML and JSON over HTTP. It reads articles only;
 * ingesting is the pipeline's job. It writes what readers do ({@link org.storyline.web.Readers}: accounts,
 * comments, follows). Failures map to HTTP statuses in {@link org.storyline.web.WebServer}, and for the readers'
 * pages in {@link org.storyline.web.Renderer}.
 */
package org.storyline.web;
