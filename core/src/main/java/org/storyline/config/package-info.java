/**
 * Configuration: read once at start from the commented defaults file, an optional file and environment
 * variables into an immutable {@link org.storyline.config.StorylineConfig}, then passed to constructors.
 * Nothing reads settings later or from static state.
 */
package org.storyline.config;
