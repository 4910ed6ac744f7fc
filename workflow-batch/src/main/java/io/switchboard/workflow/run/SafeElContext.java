package io.switchboard.workflow.run;

import jakarta.el.CompositeELResolver;
import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.ListELResolver;
import jakarta.el.MapELResolver;
import jakarta.el.MethodNotFoundException;
import jakarta.el.ValueExpression;
import jakarta.el.VariableMapper;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The only EL context workflow expressions are evaluated in: the variables {@code inputs}, {@code nodes} (and a
 * map's {@code item}, {@code index}), read-only maps and lists, and a short list of methods on strings, maps and
 * lists. No bean introspection, no static members or imported classes, no functions: an expression cannot reach
 * {@code getClass()}, {@code Runtime} or anything else outside the run's values.
 */
final class SafeElContext extends ELContext {

    static final Set<String> STRING_METHODS = Set.of("toLowerCase", "toUpperCase", "contains", "startsWith",
            "endsWith", "trim", "strip", "length", "isEmpty", "isBlank", "substring", "indexOf", "lastIndexOf",
            "replace", "equals", "equalsIgnoreCase", "charAt", "concat");
    static final Set<String> MAP_METHODS = Set.of("get", "containsKey", "size", "isEmpty", "getOrDefault");
    static final Set<String> LIST_METHODS = Set.of("get", "size", "isEmpty", "contains", "indexOf");

    private final ELResolver resolver;

    SafeElContext(Map<String, Object> variables) {
        CompositeELResolver chain = new CompositeELResolver();
        chain.add(new Variables(variables));
        chain.add(new Methods());
        chain.add(new MapELResolver(true));
        chain.add(new ListELResolver(true));
        this.resolver = chain;
    }

    @Override
    public ELResolver getELResolver() {
        return resolver;
    }

    @Override
    public FunctionMapper getFunctionMapper() {
        return new FunctionMapper() {
            @Override
            public Method resolveFunction(String prefix, String localName) {
                return null;
            }
        };
    }

    @Override
    public VariableMapper getVariableMapper() {
        return new VariableMapper() {
            @Override
            public ValueExpression resolveVariable(String variable) {
                return null;
            }

            @Override
            public ValueExpression setVariable(String variable, ValueExpression expression) {
                throw new UnsupportedOperationException("Workflow expressions cannot define variables");
            }
        };
    }

    /** The top-level names: only the run's variables. */
    private static final class Variables extends ReadOnlyResolver {
        private final Map<String, Object> variables;

        Variables(Map<String, Object> variables) {
            this.variables = variables;
        }

        @Override
        public Object getValue(ELContext context, Object base, Object property) {
            if (base == null && property instanceof String name && variables.containsKey(name)) {
                context.setPropertyResolved(true);
                return variables.get(name);
            }
            return null;
        }
    }

    /** Method calls: the allowed ones on strings, maps and lists, through their public types. */
    private static final class Methods extends ReadOnlyResolver {
        @Override
        public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
            if (base == null || !(method instanceof String name)) {
                return null;
            }
            Class<?> type = base instanceof String ? String.class : base instanceof Map ? Map.class
                    : base instanceof List ? List.class : null;
            Set<String> allowed = type == String.class ? STRING_METHODS : type == Map.class ? MAP_METHODS
                    : type == List.class ? LIST_METHODS : Set.of();
            if (type == null || !allowed.contains(name)) {
                throw new MethodNotFoundException("Method " + name + " is not available in workflow expressions"
                        + (type == null ? "" : " on " + type.getSimpleName().toLowerCase() + "s"));
            }
            Object[] args = params == null ? new Object[0] : params;
            for (Method m : type.getMethods()) {
                if (!m.getName().equals(name) || m.getParameterCount() != args.length) {
                    continue;
                }
                Object[] converted = new Object[args.length];
                try {
                    for (int i = 0; i < args.length; i++) {
                        converted[i] = context.convertToType(args[i], m.getParameterTypes()[i]);
                    }
                    Object result = m.invoke(base, converted);
                    context.setPropertyResolved(true);
                    return result;
                } catch (RuntimeException | IllegalAccessException e) {
                    continue; // another overload may fit the arguments
                } catch (InvocationTargetException e) {
                    throw new jakarta.el.ELException(name + " failed: " + e.getCause().getMessage(), e.getCause());
                }
            }
            throw new MethodNotFoundException("No " + name + " with " + args.length + " argument(s) on "
                    + type.getSimpleName().toLowerCase() + "s");
        }
    }

    /** A resolver that resolves nothing by default and writes nothing. */
    private abstract static class ReadOnlyResolver extends ELResolver {
        @Override
        public Object getValue(ELContext context, Object base, Object property) {
            return null;
        }

        @Override
        public Class<?> getType(ELContext context, Object base, Object property) {
            return null;
        }

        @Override
        public void setValue(ELContext context, Object base, Object property, Object value) {
            throw new jakarta.el.PropertyNotWritableException("Workflow expressions cannot change values");
        }

        @Override
        public boolean isReadOnly(ELContext context, Object base, Object property) {
            return true;
        }

        @Override
        public Class<?> getCommonPropertyType(ELContext context, Object base) {
            return Object.class;
        }
    }
}
