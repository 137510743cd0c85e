package dev.athanor.demo.web;

import dev.athanor.exc.IntegrityError;
import dev.athanor.exc.StaleDataError;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Answers errors as {@code application/problem+json}: 400 for invalid input, 404 for unknown rows,
 * 409 for a unique-key violation or an optimistic-lock conflict. Athanor's errors may arrive
 * wrapped (a commit failure is a {@code TransactionSystemException}), so the cause chain decides.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    @ExceptionHandler
    ProblemDetail invalidInput(InvalidInputException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Invalid request");
        problem.setProperty("errors", e.errors());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail notFound(NotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail failure(RuntimeException e) throws RuntimeException {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof IntegrityError) {
                // the driver's message names the constraint; it is not shown, since it quotes SQL and values
                return conflict("The data conflicts with existing data (a unique value is already taken)");
            }
            if (cause instanceof StaleDataError) {
                return conflict("Someone else changed this row first; reload it and try again");
            }
        }
        throw e;
    }

    private static ProblemDetail conflict(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
        problem.setTitle("Conflict");
        return problem;
    }
}
