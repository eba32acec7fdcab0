package org.anju.platform.tabular;

import org.anju.platform.i18n.Message;
import org.anju.platform.text.Identifiers;
import org.apache.poi.ss.usermodel.DateUtil;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads cells into values the way a county office fills them in, and refuses what would be stored
 * wrong: numbers Excel rounded or wrote in scientific notation in identifier columns, dates in
 * forms that cannot be read unambiguously. Every refusal is a {@link CellProblem} whose message
 * says how to fix the sheet.
 */
public final class Cells {

    /** Excel keeps 15 significant digits of a number; a longer identifier typed as a number has lost digits. */
    static final int EXCEL_DIGITS = 15;
    private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d*\\.\\d+|[+-]?\\d+\\.");
    private static final Pattern SEPARATED_DATE = Pattern.compile("(\\d{4})\\s*[-/.]\\s*(\\d{1,2})\\s*[-/.]\\s*(\\d{1,2})(?:\\s+0{1,2}:00(?::00)?)?");
    private static final Pattern CHINESE_DATE = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]?");
    private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern SERIAL = Pattern.compile("\\d{5}");
    private static final Message TEXT_HINT = Message.of("cell.format-as-text");
    private static final Map<String, Boolean> YES_NO = Map.ofEntries(
            Map.entry("是", true), Map.entry("否", false), Map.entry("有", true), Map.entry("无", false),
            Map.entry("Y", true), Map.entry("N", false), Map.entry("YES", true), Map.entry("NO", false),
            Map.entry("TRUE", true), Map.entry("FALSE", false), Map.entry("1", true), Map.entry("0", false),
            Map.entry("√", true), Map.entry("×", false), Map.entry("✓", true), Map.entry("✗", false));

    private Cells() {
    }

    /** The cell's text, trimmed of every kind of space; null when blank. A number reads as its plain digits. */
    public static String text(Cell cell) {
        if (cell.isBlank()) {
            return null;
        }
        String text = cell.kind() == Cell.Kind.TEXT ? Identifiers.trim(cell.text()) : cell.text();
        return text.isEmpty() ? null : text;
    }

    /**
     * An identifier (registry number, ID number, phone number, code): NFKC-normalised and trimmed;
     * null when blank. Refused: a number cell too long for Excel to have kept it exactly, a decimal,
     * scientific notation ({@code 1.40723E+17}) and a formula that is not Excel's text idiom
     * ({@code ="C10-0001"} in a CSV is read as {@code C10-0001}) — Excel's ways of destroying
     * identifiers, refused as {@link Identifiers#problem} refuses them in JSON.
     */
    public static String identifier(Cell cell) {
        if (cell.isBlank()) {
            return null;
        }
        return switch (cell.kind()) {
            case NUMBER -> digitsOf(cell.number());
            case DATE -> throw problem("cell.identifier.date", TEXT_HINT);
            case BOOLEAN -> throw problem("cell.identifier.boolean");
            default -> {
                String value = Identifiers.normalise(cell.text());
                Optional<Message> mangled = Identifiers.problem(value);
                if (mangled.isPresent()) {
                    throw new CellProblem(mangled.get());
                }
                if (DECIMAL.matcher(value).matches()) {
                    throw problem("cell.identifier.decimal", TEXT_HINT);
                }
                yield value.isEmpty() ? null : value;
            }
        };
    }

    private static String digitsOf(BigDecimal number) {
        BigDecimal value = number.stripTrailingZeros();
        if (value.scale() > 0) {
            throw problem("cell.identifier.decimal", TEXT_HINT);
        }
        String digits = value.toPlainString();
        if (value.signum() < 0 || digits.length() > EXCEL_DIGITS) {
            throw problem("cell.identifier.too-long-number", TEXT_HINT);
        }
        return digits;
    }

    /**
     * A calendar date: a date cell; an Excel date serial ({@code 43529} = 2019-03-05, in a number
     * cell or as five digits of text); or text as {@code 2019-03-05}, {@code 2019/3/5},
     * {@code 2019.3.5}, {@code 2019年3月5日} or {@code 20190305}. Null when blank.
     */
    public static LocalDate date(Cell cell) {
        if (cell.isBlank()) {
            return null;
        }
        return switch (cell.kind()) {
            case DATE -> cell.date();
            case NUMBER -> serial(cell.number());
            case BOOLEAN -> throw problem("cell.date.boolean");
            default -> textDate(Identifiers.normalise(cell.text()));
        };
    }

    private static LocalDate textDate(String text) {
        for (Pattern form : new Pattern[]{SEPARATED_DATE, CHINESE_DATE, COMPACT_DATE}) {
            Matcher matcher = form.matcher(text);
            if (matcher.matches()) {
                try {
                    return LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                            Integer.parseInt(matcher.group(3)));
                } catch (DateTimeException e) {
                    throw problem("cell.date.not-in-calendar");
                }
            }
        }
        if (SERIAL.matcher(text).matches()) {
            return serial(new BigDecimal(text));
        }
        throw problem("cell.date.unreadable");
    }

    /** Excel's date serial (1900 date system): 43529 is 2019-03-05; only whole days from 1927 to 2173 (five digits). */
    private static LocalDate serial(BigDecimal serial) {
        if (serial.stripTrailingZeros().scale() > 0 || serial.compareTo(BigDecimal.valueOf(10_000)) < 0
                || serial.compareTo(BigDecimal.valueOf(99_999)) > 0) {
            throw problem("cell.date.number");
        }
        return DateUtil.getLocalDateTime(serial.doubleValue()).toLocalDate();
    }

    /** Yes or no: 是/否, 有/无, Y/N, yes/no, true/false, 1/0, √/× or a TRUE/FALSE cell. Null when blank. */
    public static Boolean yesNo(Cell cell) {
        if (cell.isBlank()) {
            return null;
        }
        Boolean value = YES_NO.get(Identifiers.normalise(cell.text()).toUpperCase(Locale.ROOT));
        if (value == null) {
            throw problem("cell.yes-no");
        }
        return value;
    }

    /**
     * A choice of a {@link Column.Kind#CHOICE} column: its code ({@code REGISTERED_POOR}, any case)
     * or its Chinese label ({@code 建档立卡户}). Null when blank.
     */
    public static String choice(Cell cell, Column column) {
        if (cell.isBlank()) {
            return null;
        }
        String value = Identifiers.normalise(cell.text());
        for (Map.Entry<String, String> choice : column.choices().entrySet()) {
            if (choice.getKey().equalsIgnoreCase(value) || choice.getValue().equals(value)) {
                return choice.getKey();
            }
        }
        throw problem("cell.choice", String.join("、", column.choices().values()), String.join(", ", column.choices().keySet()));
    }

    private static CellProblem problem(String key, Object... args) {
        return new CellProblem(Message.of(key, args));
    }
}
