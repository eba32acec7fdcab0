package org.anju.gateway.rest;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.anju.gateway.service.report.RenderedReport;
import org.anju.gateway.service.report.ReportFormat;
import org.anju.gateway.service.report.ReportService;
import org.anju.platform.i18n.Message;
import org.anju.platform.i18n.Messages;
import org.anju.platform.problem.InvalidInput;
import org.anju.platform.programme.CountyCode;
import org.anju.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.Locale;

/** The city report written by the system (issue 18): HTML, PDF or DOCX, in Chinese or English, for officials. */
@Path("/api/v1/reports")
@Tag(name = "Reports", description = "The city's relocation report, written from the live indicators")
public class ReportResource {

    private final ReportService reports;

    public ReportResource(ReportService reports) {
        this.reports = reports;
    }

    @GET
    @Path("/city")
    @Produces({"text/html", "application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"})
    @RolesAllowed(Roles.READ)
    @Operation(operationId = "getCityReport", summary = "The city (or a county's) relocation report as of a day",
            description = "A narrative report in the shape of the city's relocation report (relocation and occupancy, sites, poverty exit,"
                    + " funds, demolition and reclamation, whole-village relocation, facilities, industry and employment, community"
                    + " governance; the city's county table), every figure the indicator API's for the same asOf, each with a note"
                    + " stating its numerator and denominator and the data-quality findings that concern it. A county-scoped token"
                    + " renders only its own county's report.")
    @APIResponse(responseCode = "200", description = "The report, with a Content-Disposition file name",
            content = {@Content(mediaType = "text/html"), @Content(mediaType = "application/pdf"),
                    @Content(mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document")})
    @APIResponse(responseCode = "400", description = "A malformed asOf, county, lang or format")
    @APIResponse(responseCode = "403", description = "Another county's report, or the city's, asked for with a county-scoped token")
    public Response city(@QueryParam("asOf") @Parameter(description = "the day the figures stand at the end of (programme time zone); absent: today", example = "2018-12-31") LocalDate asOf,
                         @QueryParam("county") @Parameter(description = "6-digit county code (absent: the city)", example = "140723") CountyCode county,
                         @QueryParam("lang") @DefaultValue("zh-CN") @Parameter(description = "zh-CN (default) or en") String lang,
                         @QueryParam("format") @DefaultValue("html") @Parameter(description = "html (default), pdf or docx") String format,
                         @Context HttpServerRequest request) {
        Locale locale = language(lang);
        ReportFormat layout = ReportFormat.parse(format).orElseThrow(() -> new InvalidInput("format", Message.of("report.format", format)));
        // the findings' texts (and any problem from here on) come in the report's language, not the Accept-Language one
        request.headers().set(HttpHeaders.ACCEPT_LANGUAGE, locale.equals(Messages.ZH) ? "zh-CN" : "en");
        RenderedReport report = reports.render(county, asOf, locale, layout);
        return Response.ok(report.body(), report.mediaType())
                .header("Content-Disposition", (layout == ReportFormat.HTML ? "inline" : "attachment") + "; filename=\"" + report.fileName() + "\"")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    private static Locale language(String lang) {
        return switch (lang.toLowerCase(Locale.ROOT)) {
            case "zh-cn", "zh" -> Messages.ZH;
            case "en" -> Messages.EN;
            default -> throw new InvalidInput("lang", Message.of("report.lang", lang));
        };
    }
}
