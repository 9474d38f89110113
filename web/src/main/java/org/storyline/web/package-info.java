/**
 * The web layer: server-rendered pages (jte templates, precompiled at build time), the JSON API with its
 * OpenAPI document ({@link org.storyline.web.ApiRoutes}), and outgoing feeds ({@link org.storyline.web.FeedRoutes},
 * written by {@code org.storyline.web.syndication}). In: a {@link org.storyline.store.Store}, the search index,
 * and the subscriptions for following feeds. Out: HTML, JSON and feeds over HTTP. Ingesting is the pipeline's
 * job; the only writes here are following and unfollowing sources. API failures map to statuses in
 * {@link org.storyline.web.ApiErrors} alone (and {@link org.storyline.web.JettyErrors} for requests Jetty
 * refuses before the app sees them); page failures in {@link org.storyline.web.WebServer}.
 */
package org.storyline.web;
