package org.qianliyan.portal.incinerator.imports;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.qianliyan.portal.incinerator.domain.Furnace;
import org.qianliyan.portal.incinerator.domain.Plant;
import org.qianliyan.portal.incinerator.store.PlantRepository.PlantWithFurnaces;

/**
 * The plants and furnaces an import can refer to: those already stored plus those of the
 * files being imported. Daily rows join on plant and point codes; the platform's "no data"
 * rows carry only a company name and join on that.
 */
final class PlantDirectory {

    private final Map<String, Plant> plants = new LinkedHashMap<>();
    private final Map<String, Map<String, Furnace>> furnaces = new HashMap<>();
    private final Map<String, Set<String>> idsByName = new HashMap<>();
    private final Map<String, Furnace> furnacesByPoint = new HashMap<>();
    private final Set<String> touched = new LinkedHashSet<>();

    static PlantDirectory of(Collection<PlantWithFurnaces> stored) {
        var directory = new PlantDirectory();
        for (PlantWithFurnaces entry : stored) {
            if (!entry.plant().demo()) {
                directory.putPlant(entry.plant());
                entry.furnaces().forEach(directory::putFurnace);
            }
        }
        directory.touched.clear();
        return directory;
    }

    void putPlant(Plant plant) {
        Plant previous = plants.put(plant.id(), plant);
        if (previous != null) {
            idsByName.getOrDefault(previous.name(), new LinkedHashSet<>()).remove(plant.id());
        }
        idsByName.computeIfAbsent(plant.name(), n -> new LinkedHashSet<>()).add(plant.id());
        touched.add(plant.id());
    }

    void putFurnace(Furnace furnace) {
        furnaces.computeIfAbsent(furnace.plantId(), id -> new LinkedHashMap<>()).put(furnace.pointId(), furnace);
        furnacesByPoint.put(furnace.pointId(), furnace);
        touched.add(furnace.plantId());
    }

    int plantCount() {
        return plants.size();
    }

    boolean hasPlant(String id) {
        return plants.containsKey(id);
    }

    Plant plant(String id) {
        return plants.get(id);
    }

    Furnace furnaceAt(String pointId) {
        return furnacesByPoint.get(pointId);
    }

    Set<String> idsNamed(String name) {
        return idsByName.getOrDefault(name, Set.of());
    }

    List<Furnace> furnacesOf(String plantId) {
        return new ArrayList<>(furnaces.getOrDefault(plantId, Map.of()).values());
    }

    /** Plants added or given furnaces since the stored ones were loaded: their documents must be written. */
    Set<String> touched() {
        return touched;
    }
}
