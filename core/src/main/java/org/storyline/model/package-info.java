/**
 * The immutable records that flow between pipeline stages.
 *
 * <p>{@link org.storyline.model.RawDocument} comes out of a source, {@link org.storyline.model.ParsedArticle}
 * out of a parser or extractor, {@link org.storyline.model.Article} is what the store keeps. Records carry
 * real types ({@code Instant}, {@code URI}); nullable fields say so in their Javadoc.
 */
package org.storyline.model;
