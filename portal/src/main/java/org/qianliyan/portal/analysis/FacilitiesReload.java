package org.qianliyan.portal.analysis;

import org.qianliyan.nlp.TextAnalyzer;
import org.qianliyan.portal.imports.DataImported;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;

/**
 * Re-reads the NLP gazetteer's facilities after an import that changed them, so a plant
 * imported while the portal runs is linked in the next text analysed. Not in one-shot
 * commands, which end after the import.
 */
class FacilitiesReload {

    private final ObjectProvider<TextAnalyzer> analyzer;

    FacilitiesReload(ObjectProvider<TextAnalyzer> analyzer) {
        this.analyzer = analyzer;
    }

    @EventListener
    void facilitiesImported(DataImported event) {
        if (event.facilitiesChanged()) {
            analyzer.getObject().reloadFacilities();
        }
    }
}
