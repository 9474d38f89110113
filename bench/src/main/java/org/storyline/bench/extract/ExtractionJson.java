package org.storyline.bench.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.storyline.extract.html.Extraction;

/** Writes an {@link Extraction} as the JSON object a service would return, so the speed run pays for it. */
final class ExtractionJson {

    private final ObjectMapper mapper = new ObjectMapper();

    String write(Extraction e) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("title", e.title());
        out.put("byline", e.byline());
        out.put("published", e.published() == null ? null : e.published().iso());
        out.put("language", e.language());
        out.put("canonical", Objects.toString(e.canonical(), null));
        out.put("outlet", e.outlet());
        out.put("leadImage", Objects.toString(e.leadImage(), null));
        out.put("section", e.section());
        out.put("articleBody", e.text());
        try {
            return mapper.writeValueAsString(out);
        } catch (JsonProcessingException e1) {
            throw new IllegalStateException("bench: cannot write extraction JSON", e1);
        }
    }
}
