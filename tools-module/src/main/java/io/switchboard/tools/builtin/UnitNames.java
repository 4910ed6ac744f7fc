package io.switchboard.tools.builtin;

import static javax.measure.MetricPrefix.CENTI;
import static javax.measure.MetricPrefix.KILO;
import static javax.measure.MetricPrefix.MILLI;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.measure.Unit;
import si.uom.NonSI;
import systems.uom.common.Imperial;
import systems.uom.common.USCustomary;
import tech.units.indriya.unit.Units;

/** Everyday unit names and symbols ("miles", "km/h", "°F") and the Indriya units they stand for. */
final class UnitNames {

    private record Entry(String canonical, String dimension, Unit<?> unit) {
    }

    private static final Map<String, Entry> BY_NAME = new LinkedHashMap<>();
    private static final Map<String, String> SUMMARY = new LinkedHashMap<>();

    static {
        add("length", Units.METRE, "m", "meter", "meters", "metre", "metres");
        add("length", KILO(Units.METRE), "km", "kilometer", "kilometers", "kilometre", "kilometres");
        add("length", CENTI(Units.METRE), "cm", "centimeter", "centimeters", "centimetre", "centimetres");
        add("length", MILLI(Units.METRE), "mm", "millimeter", "millimeters", "millimetre", "millimetres");
        add("length", USCustomary.MILE, "mi", "mile", "miles");
        add("length", USCustomary.YARD, "yd", "yard", "yards");
        add("length", USCustomary.FOOT, "ft", "foot", "feet");
        add("length", USCustomary.INCH, "in", "inch", "inches");
        add("length", USCustomary.NAUTICAL_MILE, "nmi", "nautical mile", "nautical miles");
        add("mass", Units.KILOGRAM, "kg", "kilogram", "kilograms", "kilo", "kilos");
        add("mass", Units.GRAM, "g", "gram", "grams");
        add("mass", MILLI(Units.GRAM), "mg", "milligram", "milligrams");
        add("mass", NonSI.TONNE, "t", "tonne", "tonnes", "metric ton", "metric tons");
        add("mass", USCustomary.POUND, "lb", "lbs", "pound", "pounds");
        add("mass", USCustomary.OUNCE, "oz", "ounce", "ounces");
        add("mass", Imperial.STONE, "st", "stone", "stones");
        add("temperature", Units.CELSIUS, "°C", "c", "degc", "celsius", "degrees celsius", "centigrade");
        add("temperature", USCustomary.FAHRENHEIT, "°F", "f", "degf", "fahrenheit", "degrees fahrenheit");
        add("temperature", Units.KELVIN, "K", "k", "kelvin", "kelvins");
        add("volume", Units.LITRE, "l", "liter", "liters", "litre", "litres");
        add("volume", MILLI(Units.LITRE), "ml", "milliliter", "milliliters", "millilitre", "millilitres");
        add("volume", Units.CUBIC_METRE, "m3", "m³", "cubic meter", "cubic meters", "cubic metre", "cubic metres");
        add("volume", USCustomary.GALLON_LIQUID, "gal", "gallon", "gallons", "us gallon", "us gallons");
        add("volume", Imperial.GALLON_UK, "uk gal", "uk gallon", "uk gallons", "imperial gallon", "imperial gallons");
        add("volume", USCustomary.PINT.multiply(2), "qt", "quart", "quarts");
        add("volume", USCustomary.PINT, "pt", "pint", "pints");
        add("volume", USCustomary.CUP, "cup", "cups");
        add("volume", USCustomary.FLUID_OUNCE, "fl oz", "floz", "fluid ounce", "fluid ounces");
        add("volume", USCustomary.TABLESPOON, "tbsp", "tablespoon", "tablespoons");
        add("volume", USCustomary.TEASPOON, "tsp", "teaspoon", "teaspoons");
        add("speed", Units.KILOMETRE_PER_HOUR, "km/h", "kph", "kmh", "kilometers per hour", "kilometres per hour");
        add("speed", Units.METRE_PER_SECOND, "m/s", "meters per second", "metres per second");
        add("speed", USCustomary.MILE_PER_HOUR, "mph", "mi/h", "miles per hour");
        add("speed", USCustomary.KNOT, "kn", "knot", "knots");
        add("speed", USCustomary.FOOT_PER_SECOND, "ft/s", "feet per second");
        add("time", MILLI(Units.SECOND), "ms", "millisecond", "milliseconds");
        add("time", Units.SECOND, "s", "sec", "second", "seconds");
        add("time", Units.MINUTE, "min", "minute", "minutes");
        add("time", Units.HOUR, "h", "hr", "hour", "hours");
        add("time", Units.DAY, "d", "day", "days");
        add("time", Units.WEEK, "wk", "week", "weeks");
        add("area", Units.SQUARE_METRE, "m2", "m²", "sq m", "square meter", "square meters", "square metre", "square metres");
        add("area", KILO(Units.METRE).pow(2), "km2", "km²", "sq km", "square kilometer", "square kilometers");
        add("area", USCustomary.SQUARE_FOOT, "ft2", "ft²", "sq ft", "square foot", "square feet");
        add("area", USCustomary.HECTARE, "ha", "hectare", "hectares");
        add("area", USCustomary.ACRE, "ac", "acre", "acres");
        add("energy", Units.JOULE, "J", "j", "joule", "joules");
        add("energy", KILO(Units.JOULE), "kJ", "kj", "kilojoule", "kilojoules");
        add("energy", Units.JOULE.multiply(4.184), "cal", "calorie", "calories");
        add("energy", Units.JOULE.multiply(4184), "kcal", "kilocalorie", "kilocalories");
        add("energy", Units.JOULE.multiply(3600), "Wh", "wh", "watt hour", "watt hours");
        add("energy", Units.JOULE.multiply(3_600_000), "kWh", "kwh", "kilowatt hour", "kilowatt hours");
        add("power", Units.WATT, "W", "w", "watt", "watts");
        add("power", KILO(Units.WATT), "kW", "kw", "kilowatt", "kilowatts");
        add("power", USCustomary.HORSEPOWER, "hp", "horsepower");
        add("pressure", Units.PASCAL, "Pa", "pa", "pascal", "pascals");
        add("pressure", KILO(Units.PASCAL), "kPa", "kpa", "kilopascal", "kilopascals");
        add("pressure", NonSI.BAR, "bar", "bars");
        add("pressure", Units.PASCAL.multiply(6894.757293168), "psi");
        add("pressure", Units.PASCAL.multiply(101_325), "atm", "atmosphere", "atmospheres");
    }

    private UnitNames() {
    }

    private static void add(String dimension, Unit<?> unit, String canonical, String... names) {
        Entry entry = new Entry(canonical, dimension, unit);
        BY_NAME.put(key(canonical), entry);
        for (String name : names) {
            BY_NAME.put(key(name), entry);
        }
        SUMMARY.merge(dimension, canonical, (a, b) -> a + ", " + b);
    }

    private static String key(String name) {
        String k = name.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replace("degrees ", "")
                .replace("degree ", "").replace("° ", "°");
        return k.startsWith("°") ? k.substring(1) : k;
    }

    static Optional<Unit<?>> unit(String name) {
        return Optional.ofNullable(BY_NAME.get(key(name))).map(Entry::unit);
    }

    static String canonical(String name) {
        Entry entry = BY_NAME.get(key(name));
        return entry == null ? name : entry.canonical();
    }

    static String dimension(Unit<?> unit) {
        return BY_NAME.values().stream().filter(e -> e.unit().equals(unit)).map(Entry::dimension).findFirst()
                .orElse("unknown");
    }

    static String summary() {
        StringBuilder text = new StringBuilder();
        SUMMARY.forEach((dimension, units) -> text.append(text.isEmpty() ? "" : "; ").append(dimension).append(": ")
                .append(units));
        return text.toString();
    }
}
