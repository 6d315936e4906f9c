package org.qianliyan.portal.incinerator.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import jakarta.annotation.PreDestroy;
import org.qianliyan.portal.imports.StaffImportPanel;
import org.qianliyan.portal.incinerator.hj212.outlets.DeviceMapStore;
import org.qianliyan.portal.incinerator.hj212.outlets.DeviceMapping;
import org.qianliyan.portal.incinerator.hj212.outlets.InvalidDeviceMapException;
import org.qianliyan.portal.incinerator.hj212.outlets.UnmappedDevices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HJ 212 tab of the staff Imports page: the device mapping in use, an upload that
 * replaces it (then links and judges the frames already stored), and the devices whose
 * data are still unmapped.
 */
@org.springframework.stereotype.Component
class Hj212MappingPanel implements StaffImportPanel {

    private static final Logger LOG = LoggerFactory.getLogger(Hj212MappingPanel.class);

    private final DeviceMapStore store;
    private final DeviceMapping mapping;
    private final UnmappedDevices unmapped;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "hj212-mapping"));

    Hj212MappingPanel(DeviceMapStore store, DeviceMapping mapping, UnmappedDevices unmapped) {
        this.store = store;
        this.mapping = mapping;
        this.unmapped = unmapped;
    }

    @Override
    public String titleKey() {
        return "incinerator.hj212.title";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Component createContent() {
        Div content = new Div();
        content.setId("hj212-mapping");
        Paragraph lede = new Paragraph(content.getTranslation("incinerator.hj212.lede"));
        Paragraph status = new Paragraph(content.getTranslation("incinerator.hj212.current", store.current().size()));
        status.setId("hj212-mapping-status");
        Grid<UnmappedDevices.UnmappedDevice> devices = new Grid<>();
        devices.setId("hj212-unmapped");
        devices.setAllRowsVisible(true);
        devices.addColumn(UnmappedDevices.UnmappedDevice::mn).setHeader(content.getTranslation("incinerator.hj212.mn"));
        devices.addColumn(UnmappedDevices.UnmappedDevice::records)
                .setHeader(content.getTranslation("incinerator.hj212.records"));
        devices.addColumn(UnmappedDevices.UnmappedDevice::lastTime)
                .setHeader(content.getTranslation("incinerator.hj212.last-time"));
        refresh(devices);
        MemoryBuffer buffer = new MemoryBuffer();
        Upload upload = new Upload(buffer);
        upload.setAcceptedFileTypes(".csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(16 * 1024 * 1024);
        upload.addSucceededListener(e -> start(content, e.getFileName(), buffer.getInputStream(), status, devices));
        content.add(lede, status, upload, new H3(content.getTranslation("incinerator.hj212.unmapped")), devices);
        return content;
    }

    private void start(Div content, String fileName, InputStream in, Paragraph status,
                       Grid<UnmappedDevices.UnmappedDevice> devices) {
        UI ui = UI.getCurrent();
        byte[] csv;
        try (in) {
            csv = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        status.setText(content.getTranslation("incinerator.hj212.running"));
        ui.setPollInterval(500);
        worker.submit(() -> {
            try {
                DeviceMapping.Result result = mapping.replace(csv, fileName);
                ui.access(() -> {
                    status.setText(content.getTranslation("incinerator.hj212.done", result.devices(), result.judged()));
                    refresh(devices);
                });
            } catch (InvalidDeviceMapException e) {
                ui.access(() -> status.setText(content.getTranslation("incinerator.hj212.failed", e.getMessage())));
            } catch (Exception e) {
                LOG.error("HJ 212 mapping upload {} failed", fileName, e);
                ui.access(() -> status.setText(content.getTranslation("incinerator.hj212.failed",
                        e.getClass().getSimpleName())));
            } finally {
                ui.access(() -> ui.setPollInterval(-1));
            }
        });
    }

    private void refresh(Grid<UnmappedDevices.UnmappedDevice> devices) {
        try {
            devices.setItems(unmapped.list());
        } catch (IOException e) {
            throw new UncheckedIOException("listing unmapped HJ 212 devices failed", e);
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
