package org.anju.gateway.service.report;

import jakarta.enterprise.context.ApplicationScoped;
import org.anju.gateway.service.CountiesView;
import org.anju.gateway.service.DataQualityService;
import org.anju.gateway.service.IndicatorService;
import org.anju.gateway.service.IndicatorsView;
import org.anju.platform.i18n.Messages;
import org.anju.platform.programme.AdministrativeDivisions;
import org.anju.platform.programme.CountyCode;
import org.anju.platform.security.CountyScope;
import org.anju.platform.time.ProgrammeClock;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The city report (issue 18), written from the same views the indicator API serves: {@link IndicatorService}'s
 * indicators of the city or a county as of a day, every county's for the city's county table, and
 * {@link DataQualityService}'s findings to mark the figures they concern. Officials only: a county-scoped token
 * renders its own county's report (asking for another county, or for the city, is a 403).
 */
@ApplicationScoped
public class ReportService {

    private final IndicatorService indicators;
    private final DataQualityService dataQuality;
    private final CountyScope countyScope;
    private final ProgrammeClock clock;

    public ReportService(IndicatorService indicators, DataQualityService dataQuality, CountyScope countyScope, ProgrammeClock clock) {
        this.indicators = indicators;
        this.dataQuality = dataQuality;
        this.countyScope = countyScope;
        this.clock = clock;
    }

    /**
     * The report of the city ({@code county} null) or of one county, with the figures as they stood at the end of
     * {@code asOf} (today when null), in {@code locale} (zh-CN or en), laid out in {@code format}. The findings are
     * rendered in the request's language, which the caller sets to the report's.
     */
    public RenderedReport render(CountyCode county, LocalDate asOf, Locale locale, ReportFormat format) {
        CountyCode scope = scope(county);
        LocalDate day = asOf == null ? clock.today() : asOf;
        IndicatorsView view = indicators.indicators(scope, day);
        CountiesView counties = scope == null ? indicators.counties(day) : null;
        Report report = ReportWriter.write(locale, day, view, counties, dataQuality.findings(day).findings());
        byte[] body = switch (format) {
            case HTML -> HtmlReport.render(report).getBytes(StandardCharsets.UTF_8);
            case PDF -> PdfReport.render(report);
            case DOCX -> DocxReport.render(report);
        };
        String code = scope == null ? AdministrativeDivisions.programme().city() : scope.code();
        String language = Messages.supported(locale).equals(Messages.ZH) ? "zh-CN" : "en";
        return new RenderedReport(body, format.mediaType(), "anju-report-" + code + "-" + day + "-" + language + "." + format.extension());
    }

    /** The county the caller may render: the one asked for, a county-scoped token's own (the city is refused to it). */
    private CountyCode scope(CountyCode requested) {
        if (requested == null) {
            countyScope.requireCityWide();
            return null;
        }
        countyScope.requireRead(requested);
        return requested;
    }
}
