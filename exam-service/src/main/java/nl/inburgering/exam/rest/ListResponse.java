package nl.inburgering.exam.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A short, complete list (not paged: it has a fixed, small size). */
@Schema(name = "ExamComponentList")
public record ListResponse<T>(List<T> items) {
}
