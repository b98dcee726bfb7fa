package org.casekeep.kernel.files;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

import org.casekeep.kernel.files.HostileFiles.Kind;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * For each kind of hostile file: its size, the time to refuse it and the heap the refusal took (peak of the heap
 * pools over the refusal, minus what was in use before), with the limits at their defaults and OCR as configured on
 * this machine. Run by {@code bin/bench}; one {@code BENCHMARK} line per kind.
 */
@Tag("benchmark")
class HostileFileBenchmarks {

	@Test
	void timeAndPeakHeapToRefuseEachHostileFile() {
		TextExtraction extraction = new TextExtraction(FileLimits.defaults());
		try {
			for (Kind kind : Kind.values()) {
				byte[] file = HostileFiles.of(kind);
				String type = extraction.detect(file);
				System.gc();
				List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
					.filter(pool -> pool.getType() == MemoryType.HEAP).toList();
				heap.forEach(MemoryPoolMXBean::resetPeakUsage);
				long before = heap.stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();
				long start = System.nanoTime();
				String outcome;
				try {
					extraction.extract(file, type);
					outcome = "NOT REFUSED";
				}
				catch (FileRefusedException ex) {
					outcome = ex.limit().name();
				}
				double millis = (System.nanoTime() - start) / 1e6;
				long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
				System.out.printf("BENCHMARK hostile file %s (%,d KB): refused (%s) in %.0f ms, peak heap +%,d MB "
						+ "(max heap %,d MB, OCR %s)%n", kind, file.length / 1024, outcome, millis,
						Math.max(0, peak - before) / (1024 * 1024), Runtime.getRuntime().maxMemory() / (1024 * 1024),
						extraction.ocr() ? "on" : "off");
			}
		}
		finally {
			extraction.destroy();
		}
	}
}
