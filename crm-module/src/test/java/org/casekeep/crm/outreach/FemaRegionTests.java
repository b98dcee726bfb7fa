package org.casekeep.crm.outreach;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import org.casekeep.kernel.values.UsState;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** FEMA's regions cover every state and inhabited territory exactly once, and every one of them is on the map. */
class FemaRegionTests {

	@Test
	void everyStateAndTerritoryIsInExactlyOneRegionAndArmedForcesMailInNone() {
		Set<UsState> seen = EnumSet.noneOf(UsState.class);
		for (FemaRegion region : FemaRegion.values()) {
			for (UsState state : region.states()) {
				assertThat(seen.add(state)).as("%s is in one region only", state).isTrue();
			}
		}
		assertThat(seen).hasSize(56);
		assertThat(Arrays.stream(UsState.values()).filter(UsState::isMilitary))
			.allSatisfy(state -> assertThat(FemaRegion.of(state)).isEmpty());
		assertThat(FemaRegion.of(UsState.NM)).contains(FemaRegion.VI);
		assertThat(FemaRegion.of(UsState.PR)).contains(FemaRegion.II);
		assertThat(FemaRegion.parse(" vi ")).contains(FemaRegion.VI);
		assertThat(FemaRegion.parse("6")).contains(FemaRegion.VI);
		assertThat(FemaRegion.parse("XI")).isEmpty();
	}

	@Test
	void theMapHasOneTileForEveryPlaceOfEveryRegionAndNoTwoOverlap() {
		OutreachReport report = new OutreachReportsFixture().emptyReport();
		var tiles = OutreachMap.tiles(report, false);
		assertThat(tiles).hasSize(56);
		assertThat(tiles.stream().map(tile -> tile.x() + "," + tile.y()).distinct()).hasSize(56);
		assertThat(tiles).allSatisfy(tile -> {
			assertThat(tile.x()).isBetween(0, OutreachMap.width() - OutreachMap.TILE);
			assertThat(tile.y()).isBetween(0, OutreachMap.height() - OutreachMap.TILE);
			assertThat(tile.fill()).as("nobody anywhere is drawn gray").isEqualTo("#dfe1e2");
		});
	}

	/** A report with nobody in it, built the way the service builds one. */
	static final class OutreachReportsFixture {

		OutreachReport emptyReport() {
			var regions = Arrays.stream(FemaRegion.values())
				.map(region -> new OutreachReport.Region(region.name(), region.number(), region.label(), region.office(),
						OutreachCounts.NONE, region.states().stream()
							.map(state -> new OutreachReport.Place(state.code(), state.fullName(), OutreachCounts.NONE))
							.toList()))
				.toList();
			return new OutreachReport(java.time.LocalDate.of(2026, 1, 1), java.time.LocalDate.of(2026, 12, 31), null,
					null, regions, java.util.List.of(), OutreachCounts.NONE);
		}
	}
}
