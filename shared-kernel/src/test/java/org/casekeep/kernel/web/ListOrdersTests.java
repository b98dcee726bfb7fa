package org.casekeep.kernel.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.casekeep.kernel.validation.UnreadableInputException;
import org.junit.jupiter.api.Test;

class ListOrdersTests {

	record Row(int id, String name) {
	}

	static final ListOrders<Row> ORDERS = new ListOrders<>(Map.of("name", Comparator.comparing(Row::name)),
			Comparator.comparingInt(Row::id), new Sorting("name", false));

	/** 60 rows whose names repeat, so that only the tie-break keeps the pages apart. */
	static final List<Row> ROWS = IntStream.range(0, 60).mapToObj(i -> new Row(59 - i, "n" + (i % 3))).toList();

	@Test
	void pagesOfEqualNamesNeitherRepeatNorSkipARow() {
		Sorting byName = ORDERS.sorting("name");
		List<Row> shown = IntStream.rangeClosed(1, 3)
			.mapToObj(page -> ORDERS.page(ROWS, byName, new Paging(page, 25)).items())
			.flatMap(List::stream).toList();
		assertThat(shown).hasSize(60).doesNotHaveDuplicates();
		assertThat(ORDERS.page(ROWS, byName, new Paging(3, 25)).items()).hasSize(10);
		assertThat(ORDERS.page(ROWS, ORDERS.sorting("name,desc"), Paging.FIRST).items().getFirst().name())
			.isEqualTo("n2");
	}

	@Test
	void aHeaderLinksToTheOtherDirectionAndSaysTheCurrentOne() {
		Sorting ascending = ORDERS.sorting("NAME");
		assertThat(ascending.toggle("name")).isEqualTo("name,desc");
		assertThat(ascending.ariaSort("name")).isEqualTo("ascending");
		assertThat(ascending.ariaSort("other")).isEqualTo("none");
		assertThat(ascending.toggle("other")).isEqualTo("other,asc");
		assertThat(ORDERS.sorting("name,desc").toggle("name")).isEqualTo("name,asc");
	}

	@Test
	void theApiRefusesWhatAPageBringsIntoRange() {
		assertThatThrownBy(() -> ORDERS.sorting("id")).isInstanceOf(UnreadableInputException.class)
			.extracting("field").isEqualTo("sort");
		assertThatThrownBy(() -> ORDERS.sorting("name,up")).isInstanceOf(UnreadableInputException.class);
		assertThat(ORDERS.pageSorting("id")).isEqualTo(new Sorting("name", false));
		assertThatThrownBy(() -> Paging.of(0, null)).isInstanceOf(UnreadableInputException.class)
			.extracting("field").isEqualTo("page");
		assertThat(Paging.clamped(0, 5000)).isEqualTo(new Paging(1, Paging.MAX_SIZE));
		// A page past the end shows the last one.
		assertThat(new Paging(9, 25).slice(ROWS).page()).isEqualTo(3);
	}
}
