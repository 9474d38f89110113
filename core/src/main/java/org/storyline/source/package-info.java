/**
 * Sources: where documents come from. In: paths (and later feeds, pages, archives). Out:
 * {@link org.storyline.model.RawDocument}s, decoded and checked, or a {@link org.storyline.source.SourceFailure}
 * naming the input and the problem.
 *
 * <p>A source never parses articles and never touches the store; it only turns bytes into trusted text or
 * says clearly why it could not.
 */
package org.storyline.source;
