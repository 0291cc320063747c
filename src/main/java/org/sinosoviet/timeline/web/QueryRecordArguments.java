package org.sinosoviet.timeline.web;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Binds the parameters records that controllers take (a record of this app whose
 * components are all {@code String} or {@code List<String>}, such as
 * {@code TimelineParameters}) from the query string, by component name.
 * <p>
 * Spring's own model-attribute binding does the same, but it reads each component's
 * annotations again on every request (the OpenAPI descriptions among them), which the JDK
 * parses afresh from the class file each time: under the cache-busting soak
 * ({@code src/bench/soak.sh}) that was a third of all memory allocated. It would also
 * bind request headers and path variables of the same names, which the response cache
 * does not key on. This resolver reads each record's constructor once, and only the query
 * string (and form fields). The conversions are Spring's: one value as given; a list from
 * repeated parameters, or from one value split at commas with each item trimmed.
 */
@Component
class QueryRecordArguments implements WebMvcConfigurer {

	private static final String PACKAGE = "org.sinosoviet.timeline.";

	private final Map<Class<?>, Binding> bindings = new ConcurrentHashMap<>();

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new Resolver());
	}

	/**
	 * No validator: the records check their own values, and nothing MVC binds carries a
	 * Bean Validation constraint. Without this MVC would bootstrap Hibernate Validator
	 * (about 450 classes) at start-up for nothing. (The pom leaves out Boot's validation
	 * module, which would make a validator of its own.)
	 */
	@Override
	public Validator getValidator() {
		return NO_VALIDATION;
	}

	private static final Validator NO_VALIDATION = new Validator() {

		@Override
		public boolean supports(Class<?> type) {
			return false;
		}

		@Override
		public void validate(Object target, Errors errors) {
		}

	};

	/** How one record type is built: its components, and whether each is a list. */
	private record Binding(Constructor<?> constructor, String[] names, boolean[] lists) {

		/**
		 * The binding of a record type, or none where a component is of another type.
		 */
		static @Nullable Binding of(Class<?> type) {
			RecordComponent[] components = type.getRecordComponents();
			String[] names = new String[components.length];
			boolean[] lists = new boolean[components.length];
			Class<?>[] types = new Class<?>[components.length];
			for (int i = 0; i < components.length; i++) {
				names[i] = components[i].getName();
				types[i] = components[i].getType();
				if (types[i] == List.class && isListOfString(components[i].getGenericType())) {
					lists[i] = true;
				}
				else if (types[i] != String.class) {
					return null;
				}
			}
			try {
				Constructor<?> constructor = type.getDeclaredConstructor(types);
				constructor.setAccessible(true);
				return new Binding(constructor, names, lists);
			}
			catch (NoSuchMethodException ex) {
				return null;
			}
		}

		private static boolean isListOfString(Type type) {
			return type instanceof ParameterizedType parameterized
					&& parameterized.getActualTypeArguments()[0] == String.class;
		}

		Object bind(NativeWebRequest request) {
			Object[] arguments = new Object[this.names.length];
			for (int i = 0; i < arguments.length; i++) {
				String[] values = request.getParameterValues(this.names[i]);
				if (values != null) {
					arguments[i] = this.lists[i] ? list(values) : text(values);
				}
			}
			try {
				return this.constructor.newInstance(arguments);
			}
			catch (InvocationTargetException ex) {
				if (ex.getCause() instanceof RuntimeException runtime) {
					throw runtime;
				}
				throw new IllegalStateException(ex.getCause());
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException(ex);
			}
		}

		/**
		 * Several values of a single-valued parameter join with commas, as Spring's do.
		 */
		private static String text(String[] values) {
			return (values.length == 1) ? values[0] : String.join(",", values);
		}

		private static List<String> list(String[] values) {
			if (values.length != 1) {
				return List.of(values);
			}
			List<String> items = new ArrayList<>();
			for (String item : StringUtils.commaDelimitedListToStringArray(values[0])) {
				items.add(item.trim());
			}
			return items;
		}

	}

	private final class Resolver implements HandlerMethodArgumentResolver {

		@Override
		public boolean supportsParameter(MethodParameter parameter) {
			Class<?> type = parameter.getParameterType();
			return type.isRecord() && type.getName().startsWith(PACKAGE) && binding(type) != null
					&& Arrays.stream(parameter.getParameterAnnotations())
						.allMatch((annotation) -> annotation.annotationType()
							.getName()
							.equals("org.springdoc.core.annotations.ParameterObject"));
		}

		@Override
		public Object resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer container,
				NativeWebRequest request, @Nullable WebDataBinderFactory binders) {
			return binding(parameter.getParameterType()).bind(request);
		}

		private @Nullable Binding binding(Class<?> type) {
			Binding binding = QueryRecordArguments.this.bindings.get(type);
			if (binding == null) {
				binding = Binding.of(type);
				if (binding != null) {
					QueryRecordArguments.this.bindings.put(type, binding);
				}
			}
			return binding;
		}

	}

}
