package org.casekeep.crm.outreach;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.casekeep.crm.outreach.OutreachReport.Place;
import org.casekeep.crm.outreach.OutreachReport.Region;

/**
 * The report drawn as a tile map: one square per state and territory, placed roughly where it lies, shaded by how
 * many stakeholders it has (or its whole region has), so the places with nobody stand out. Drawn on the server as
 * SVG; the same figures are in the report's table for screen readers and for copying.
 */
final class OutreachMap {

	/** Side of a tile and the gap between tiles, in SVG units. */
	static final int TILE = 46;
	static final int GAP = 4;
	static final int COLUMNS = 13;
	static final int ROWS = 8;

	/** USWDS blues, from none (gray) to most. */
	private static final String[] FILLS = { "#dfe1e2", "#d9e8f6", "#aacdec", "#73b3e7", "#2378c3", "#1a4480" };

	/** Row and column of each tile: states as on a map, the Pacific territories by Hawaii, the Caribbean by Florida. */
	private static final Map<String, int[]> GRID = grid(
			"AK 0 0", "ME 0 11",
			"WI 1 6", "VT 1 10", "NH 1 11",
			"WA 2 1", "ID 2 2", "MT 2 3", "ND 2 4", "MN 2 5", "IL 2 6", "MI 2 7", "NY 2 9", "MA 2 10",
			"OR 3 1", "NV 3 2", "WY 3 3", "SD 3 4", "IA 3 5", "IN 3 6", "OH 3 7", "PA 3 8", "NJ 3 9", "CT 3 10",
			"RI 3 11",
			"CA 4 1", "UT 4 2", "CO 4 3", "NE 4 4", "MO 4 5", "KY 4 6", "WV 4 7", "VA 4 8", "MD 4 9", "DE 4 10",
			"AZ 5 2", "NM 5 3", "KS 5 4", "AR 5 5", "TN 5 6", "NC 5 7", "SC 5 8", "DC 5 9",
			"GU 6 0", "MP 6 1", "OK 6 4", "LA 6 5", "MS 6 6", "AL 6 7", "GA 6 8",
			"HI 7 0", "AS 7 1", "TX 7 4", "FL 7 9", "PR 7 11", "VI 7 12");

	/**
	 * One square.
	 * @param shown the count the tile is shaded by: the state's stakeholders, or its region's.
	 * @param light whether its text is drawn light (on the two darkest shades).
	 */
	record Tile(String code, String name, String region, int x, int y, long stakeholders, long shown, String fill,
			boolean light) {
	}

	private OutreachMap() {
	}

	/** Width of the drawing. */
	static int width() {
		return COLUMNS * (TILE + GAP);
	}

	/** Height of the drawing. */
	static int height() {
		return ROWS * (TILE + GAP);
	}

	/** The tiles of the report, shaded by each state's stakeholders or, {@code byRegion}, by its region's. */
	static List<Tile> tiles(OutreachReport report, boolean byRegion) {
		long most = 0;
		for (Region region : report.regions()) {
			most = Math.max(most, byRegion ? region.counts().stakeholders()
					: region.states().stream().mapToLong(place -> place.counts().stakeholders()).max().orElse(0));
		}
		List<Tile> tiles = new ArrayList<>();
		for (Region region : report.regions()) {
			for (Place place : region.states()) {
				int[] at = GRID.get(place.code());
				long shown = byRegion ? region.counts().stakeholders() : place.counts().stakeholders();
				int shade = shade(shown, most);
				tiles.add(new Tile(place.code(), place.name(), region.label(), at[1] * (TILE + GAP), at[0] * (TILE + GAP),
						place.counts().stakeholders(), shown, FILLS[shade], shade >= 4));
			}
		}
		return tiles;
	}

	/** 0 for none, then 1 to 5 in proportion to the most. */
	private static int shade(long count, long most) {
		if (count == 0 || most == 0) {
			return 0;
		}
		return (int) Math.max(1, Math.min(FILLS.length - 1, Math.ceil((FILLS.length - 1) * (double) count / most)));
	}

	private static Map<String, int[]> grid(String... cells) {
		Map<String, int[]> grid = new HashMap<>();
		for (String cell : cells) {
			String[] parts = cell.split(" ");
			grid.put(parts[0], new int[] { Integer.parseInt(parts[1]), Integer.parseInt(parts[2]) });
		}
		return Map.copyOf(grid);
	}
}
