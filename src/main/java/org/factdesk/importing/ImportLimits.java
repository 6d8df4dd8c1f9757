package org.factdesk.importing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How much one import may take ({@code factdesk.import.*}): a file is refused above
 * {@code maxFileSize} before it is read whole, an upload (all its files together) above
 * {@code maxUploadSize}; a ZIP may hold at most {@code maxZipEntries} entries, ZIPs nested at most
 * {@code maxZipDepth} deep, and unpack to at most {@code maxUploadSize} in all.
 */
@ConfigurationProperties("factdesk.import")
public record ImportLimits(@DefaultValue("10MB") DataSize maxFileSize,
                           @DefaultValue("200MB") DataSize maxUploadSize,
                           @DefaultValue("1000") int maxZipEntries,
                           @DefaultValue("2") int maxZipDepth) {

    public static final ImportLimits DEFAULTS = new ImportLimits(DataSize.ofMegabytes(10), DataSize.ofMegabytes(200),
            1000, 2);

    public long maxFileBytes() {
        return maxFileSize.toBytes();
    }

    public long maxUploadBytes() {
        return maxUploadSize.toBytes();
    }
}
