package org.qianliyan.portal.incinerator.demo;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;

import org.qianliyan.portal.incinerator.domain.FurnaceDay;
import org.qianliyan.portal.incinerator.domain.Marking;
import org.qianliyan.portal.incinerator.domain.Pollutant;

/**
 * Generates one furnace-day of hourly means and 5-minute furnace temperatures: steady levels
 * with multiplicative noise, and now and then a spike, a marked start-up, CEMS maintenance,
 * a day without data or a cold furnace, so every verdict occurs in a year.
 */
final class DemoFurnaceDays {

    /** Typical level as a share of the daily limit; real plants run well below most limits. */
    private static final Map<Pollutant, Double> LEVEL = Map.of(Pollutant.PARTICULATE, 0.25, Pollutant.SO2, 0.3,
            Pollutant.NOX, 0.6, Pollutant.CO, 0.15, Pollutant.HCL, 0.3);

    private final Random random;
    private final Map<Pollutant, Double> dailyLimits;

    DemoFurnaceDays(Random random, Map<Pollutant, Double> dailyLimits) {
        this.random = random;
        this.dailyLimits = dailyLimits;
    }

    FurnaceDay generate(String pointId, LocalDate date, Map<Pollutant, Double> plantLimits) {
        Marking[] markings = new Marking[FurnaceDay.HOURS];
        boolean[] maintenance = new boolean[FurnaceDay.HOURS];
        double[] temperature = new double[FurnaceDay.FIVE_MINUTE_SLOTS];
        for (int slot = 0; slot < temperature.length; slot++) {
            temperature[slot] = 905 + random.nextGaussian() * 15;
        }
        Map<Pollutant, double[]> hourly = new EnumMap<>(Pollutant.class);
        for (Pollutant pollutant : Pollutant.values()) {
            double limit = plantLimits.getOrDefault(pollutant, dailyLimits.get(pollutant));
            double level = LEVEL.get(pollutant) * limit;
            double[] values = new double[FurnaceDay.HOURS];
            for (int hour = 0; hour < values.length; hour++) {
                values[hour] = Math.max(0, level * (1 + 0.25 * random.nextGaussian()));
            }
            hourly.put(pollutant, values);
        }
        double event = random.nextDouble();
        if (event < 0.004) {
            Pollutant pollutant = Pollutant.values()[random.nextInt(Pollutant.values().length)];
            double limit = plantLimits.getOrDefault(pollutant, dailyLimits.get(pollutant));
            Arrays.fill(hourly.get(pollutant), 6, 22, 1.6 * limit);
        } else if (event < 0.014) {
            Arrays.fill(markings, 0, 6, Marking.STARTUP);
            Arrays.fill(temperature, 0, 72, 700);
            Arrays.fill(hourly.get(Pollutant.PARTICULATE), 0, 6, 3 * dailyLimits.get(Pollutant.PARTICULATE));
        } else if (event < 0.024) {
            Arrays.fill(maintenance, 9, 17, true);
            hourly.values().forEach(values -> Arrays.fill(values, 9, 17, Double.NaN));
        } else if (event < 0.029) {
            hourly.values().forEach(values -> Arrays.fill(values, Double.NaN));
            Arrays.fill(temperature, Double.NaN);
        } else if (event < 0.032) {
            Arrays.fill(temperature, 100, 160, 820);
        }
        return new FurnaceDay(pointId, date, hourly, temperature, markings, maintenance, plantLimits);
    }
}
