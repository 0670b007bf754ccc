package org.castpb.soap.internal.parity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.jws.WebService;
import javax.ws.rs.HttpMethod;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The operations of a door, listed by reflection, each with the capabilities it reaches: the methods of
 * {@code org.castpb.api} interfaces (its services) that its code calls, directly, through lambdas and method
 * references, or through the door's own helpers (read from the bytecode).
 */
final class DoorOperations {

    private static final String API = "org/castpb/api/";

    /** An operation of a door: {@code GET /societies/{id}} or {@code SocietyService.getSociety}, and what it reaches. */
    record Operation(String name, Set<String> capabilities) {
    }

    private final String doorPackage;
    private final ClassLoader loader;

    private DoorOperations(Class<?> anchor) {
        this.doorPackage = anchor.getPackageName().replace('.', '/') + "/";
        this.loader = anchor.getClassLoader();
    }

    /** Every JAX-RS resource method in the package of {@code anchor} and below, named by its HTTP method and path. */
    static List<Operation> rest(Class<?> anchor) {
        DoorOperations door = new DoorOperations(anchor);
        List<Operation> operations = new ArrayList<>();
        for (Class<?> type : door.classes(anchor, javax.ws.rs.Path.class)) {
            javax.ws.rs.Path root = type.getAnnotation(javax.ws.rs.Path.class);
            if (root == null) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                String verb = httpMethod(method);
                if (verb == null) {
                    continue;
                }
                javax.ws.rs.Path sub = method.getAnnotation(javax.ws.rs.Path.class);
                String path = join(root.value(), sub == null ? "" : sub.value());
                operations.add(new Operation(verb + " " + path + describeMedia(method), door.reached(type, method)));
            }
        }
        return operations;
    }

    /** Every operation of every JAX-WS port in the package of {@code anchor} and below, as its endpoint implements it. */
    static List<Operation> soap(Class<?> anchor) {
        DoorOperations door = new DoorOperations(anchor);
        List<Operation> operations = new ArrayList<>();
        for (Class<?> type : door.classes(anchor, WebService.class)) {
            WebService service = type.getAnnotation(WebService.class);
            if (service == null || type.isInterface() || service.endpointInterface().isEmpty()) {
                continue;
            }
            Class<?> port = door.load(service.endpointInterface());
            for (Method operation : port.getMethods()) {
                Method implementation;
                try {
                    implementation = type.getMethod(operation.getName(), operation.getParameterTypes());
                } catch (NoSuchMethodException e) {
                    throw new IllegalStateException(type + " does not implement " + operation, e);
                }
                operations.add(new Operation(service.serviceName() + "." + operation.getName(), door.reached(type, implementation)));
            }
        }
        return operations;
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    /** Two operations on one path differ by what they consume (an import from CSV or from a workbook). */
    private static String describeMedia(Method method) {
        javax.ws.rs.Consumes consumes = method.getAnnotation(javax.ws.rs.Consumes.class);
        if (consumes == null || consumes.value().length != 1 || consumes.value()[0].equals("application/json")) {
            return "";
        }
        return " [" + consumes.value()[0] + "]";
    }

    private static String join(String root, String sub) {
        String path = (strip(root).isEmpty() ? "" : "/" + strip(root)) + (strip(sub).isEmpty() ? "" : "/" + strip(sub));
        return path.isEmpty() ? "/" : path;
    }

    private static String strip(String part) {
        String s = part.strip();
        while (s.startsWith("/")) {
            s = s.substring(1);
        }
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    /** The API interface methods the code of {@code method} reaches, as {@code SocietyService#history} (overloads as one). */
    private Set<String> reached(Class<?> type, Method method) {
        Set<String> capabilities = new TreeSet<>();
        walk(Type.getInternalName(type), method.getName(), Type.getMethodDescriptor(method), capabilities, new HashSet<>());
        return capabilities;
    }

    private void walk(String owner, String name, String descriptor, Set<String> capabilities, Set<String> seen) {
        if (!seen.add(owner + "." + name + descriptor)) {
            return;
        }
        MethodNode node = find(owner, name, descriptor);
        if (node == null) {
            return;
        }
        for (AbstractInsnNode instruction : node.instructions) {
            if (instruction instanceof MethodInsnNode call) {
                visit(call.owner, call.name, call.desc, capabilities, seen);
            } else if (instruction instanceof InvokeDynamicInsnNode dynamic) {
                for (Object argument : dynamic.bsmArgs) {
                    if (argument instanceof Handle handle) {
                        visit(handle.getOwner(), handle.getName(), handle.getDesc(), capabilities, seen);
                    }
                }
            }
        }
    }

    private void visit(String owner, String name, String descriptor, Set<String> capabilities, Set<String> seen) {
        if (owner.startsWith(doorPackage)) {
            walk(owner, name, descriptor, capabilities, seen);
        } else if (owner.startsWith(API)) {
            Class<?> type = load(owner.replace('/', '.'));
            if (type.isInterface()) {
                capabilities.add(type.getSimpleName() + "#" + name);
            }
        }
    }

    /** The method as declared by {@code owner} or, for an inherited call, by its nearest superclass in the door. */
    private MethodNode find(String owner, String name, String descriptor) {
        String current = owner;
        while (current != null && current.startsWith(doorPackage)) {
            ClassNode node = read(current);
            for (MethodNode method : node.methods) {
                if (method.name.equals(name) && method.desc.equals(descriptor) && (method.access & Modifier.ABSTRACT) == 0) {
                    return method;
                }
            }
            current = node.superName;
        }
        return null;
    }

    private ClassNode read(String internalName) {
        try (InputStream in = loader.getResourceAsStream(internalName + ".class")) {
            if (in == null) {
                throw new IllegalStateException("no class file for " + internalName);
            }
            ClassNode node = new ClassNode();
            new ClassReader(in).accept(node, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Class<?> load(String name) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The classes of the door's package and below annotated with {@code annotation}, from the directory or jar holding
     * {@code anchor}; the annotation is read from the bytecode first so that the door's other classes (filters on CXF
     * types) need not load here.
     */
    private List<Class<?>> classes(Class<?> anchor, Class<? extends Annotation> annotation) {
        Path location;
        try {
            location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<String> names;
        try {
            if (Files.isDirectory(location)) {
                try (Stream<Path> files = Files.walk(location.resolve(doorPackage))) {
                    names = files.map(location::relativize).map(Path::toString).map(p -> p.replace('\\', '/')).toList();
                }
            } else {
                try (JarFile jar = new JarFile(location.toFile())) {
                    names = jar.stream().map(e -> e.getName()).filter(n -> n.startsWith(doorPackage)).toList();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names.stream().filter(n -> n.endsWith(".class") && !n.endsWith("package-info.class"))
                .map(n -> n.substring(0, n.length() - ".class".length()))
                .filter(n -> annotated(read(n), Type.getDescriptor(annotation)))
                .sorted().map(n -> load(n.replace('/', '.'))).collect(Collectors.toList());
    }

    private static boolean annotated(ClassNode node, String descriptor) {
        return node.visibleAnnotations != null && node.visibleAnnotations.stream().anyMatch(a -> a.desc.equals(descriptor));
    }
}
