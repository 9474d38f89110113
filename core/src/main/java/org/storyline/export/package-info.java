/**
 * Export: the stored records as JSON objects with stable field names, for {@code storyline export}
 * (one object per line) and the JSON API. In: store records. Out: ordered maps ready for Jackson.
 */
package org.storyline.export;
