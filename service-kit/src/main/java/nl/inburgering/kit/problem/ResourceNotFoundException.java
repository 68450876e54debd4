package nl.inburgering.kit.problem;

/**
 * The resource does not exist, or the caller may not know that it exists (an officer of another
 * municipality gets this too: OWASP API1, DESIGN §6).
 */
public class ResourceNotFoundException extends RuntimeException {

    public ResourceNotFoundException(String what) {
        super(what);
    }
}
