package org.casekeep.detention.complaint;

import java.util.List;
import java.util.function.Supplier;

import org.casekeep.kernel.files.UploadRefusedException;
import org.casekeep.kernel.validation.FieldProblem;
import org.casekeep.kernel.validation.InvalidInputException;
import org.casekeep.kernel.validation.WorkflowConflictException;
import org.casekeep.kernel.web.PageForms;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.ui.Model;
import org.springframework.web.servlet.ModelAndView;

/**
 * How the module's pages take a step that may be refused: refused input shows the page again with 422 and the
 * {@code problems} by field (the module's templates list them, linked to their inputs); a stale version or a step the
 * record's state refuses shows it again with 409 and the {@code conflict}. Never a 500, nothing half written (the
 * step's transaction is rolled back).
 */
public final class PageSteps {

	private PageSteps() {
	}

	/**
	 * @param step the step, answering where to go next.
	 * @param page renders the page again into {@code model}, answering its view name.
	 */
	public static ModelAndView run(Supplier<ModelAndView> step, Model model, Supplier<String> page) {
		try {
			return step.get();
		}
		catch (InvalidInputException ex) {
			model.addAttribute("problems", ex.problems());
			return PageForms.unprocessable(page.get());
		}
		catch (UploadRefusedException ex) {
			model.addAttribute("problems", List.of(new FieldProblem("file", ex.getMessage())));
			return PageForms.unprocessable(page.get());
		}
		catch (OptimisticLockingFailureException ex) {
			model.addAttribute("conflict", "Somebody changed this record since you opened it. Look at it again and redo "
					+ "your change.");
			return PageForms.conflict(page.get());
		}
		catch (WorkflowConflictException ex) {
			model.addAttribute("conflict", ex.getMessage());
			return PageForms.conflict(page.get());
		}
	}
}
