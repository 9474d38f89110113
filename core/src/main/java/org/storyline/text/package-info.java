/**
 * Small text primitives shared by the stages: word tokens, normalisation, stable hashing.
 * Not API: stages use them, callers outside core should not.
 */
package org.storyline.text;
