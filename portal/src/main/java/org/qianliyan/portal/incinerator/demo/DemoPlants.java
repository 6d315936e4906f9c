package org.qianliyan.portal.incinerator.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.qianliyan.portal.incinerator.domain.Furnace;
import org.qianliyan.portal.incinerator.domain.Plant;

/** Invented plants named 示例…, placed in real cities so the map and filters have something to show. */
final class DemoPlants {

    private record City(String province, String city, double longitude, double latitude) {
    }

    private static final List<City> CITIES = List.of(new City("浙江", "杭州", 120.15, 30.28),
            new City("山东", "济南", 117.00, 36.67), new City("广东", "广州", 113.26, 23.13),
            new City("四川", "成都", 104.07, 30.67), new City("河南", "郑州", 113.65, 34.76),
            new City("江苏", "南京", 118.80, 32.06), new City("河北", "石家庄", 114.51, 38.04),
            new City("湖北", "武汉", 114.31, 30.59), new City("福建", "福州", 119.30, 26.08),
            new City("陕西", "西安", 108.94, 34.34));

    private DemoPlants() {
    }

    record DemoPlant(Plant plant, List<Furnace> furnaces) {
    }

    static List<DemoPlant> generate(int count, Random random) {
        List<DemoPlant> plants = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            City city = CITIES.get((i - 1) % CITIES.size());
            String id = String.format("demo-%03d", i);
            int furnaceCapacity = 300 + 150 * random.nextInt(5);
            var plant = new Plant(id, "示例" + city.city() + "第" + i + "垃圾焚烧发电厂（演示数据）", "", city.province(),
                    city.city(), "", "示例地址（演示数据，非真实企业）",
                    round(city.longitude() + random.nextGaussian() * 0.2), round(city.latitude() + random.nextGaussian() * 0.2),
                    2 * furnaceCapacity, furnaceCapacity * 40, LocalDate.of(2015 + random.nextInt(8), 1 + random.nextInt(12), 1),
                    2, "", true);
            List<Furnace> furnaces = new ArrayList<>();
            for (int f = 1; f <= 2; f++) {
                furnaces.add(new Furnace(id, id + "-" + f, f + "号炉排放口", f + "号炉", "炉排炉", furnaceCapacity,
                        plant.startDate(), false, null, ""));
            }
            plants.add(new DemoPlant(plant, furnaces));
        }
        return plants;
    }

    private static double round(double value) {
        return Math.round(value * 1e4) / 1e4;
    }
}
