package com.propaganda.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Everything a session or a view keeps can be serialized: the session store copies it to the other
 * servers of a cluster after each request, and a value it cannot copy is left behind, so the user's
 * page breaks on the server that takes over (README, "Scaling out"). Injected references are the
 * container's to copy.
 */
class SessionStateTest {

  @Test
  void everyFieldKeptInASessionOrAViewIsSerializable() {
    List<String> problems = new ArrayList<>();
    Set<Class<?>> seen = new HashSet<>();
    sessionAndViewBeans().forEach(bean -> check(bean, bean.getSimpleName(), seen, problems));
    assertEquals(List.of(), problems);
  }

  /**
   * A new API key's or webhook's secret is shown in the answer that made it and never kept: a view
   * or a session outlives the page and is copied through the data grid, where it could be read
   * back.
   */
  @Test
  void noSessionOrViewKeepsASecret() {
    List<String> kept = new ArrayList<>();
    sessionAndViewBeans()
        .forEach(
            bean -> {
              for (Field field : bean.getDeclaredFields()) {
                if (kept(field) && field.getName().toLowerCase().contains("secret")) {
                  kept.add(bean.getSimpleName() + "." + field.getName());
                }
              }
            });
    assertEquals(List.of(), kept);
  }

  private static Stream<Class<?>> sessionAndViewBeans() {
    return new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.propaganda.dashboard")
            .stream()
            .filter(
                c -> c.isAnnotatedWith(ViewScoped.class) || c.isAnnotatedWith(SessionScoped.class))
            .map(JavaClass::reflect);
  }

  private static void check(Class<?> type, String path, Set<Class<?>> seen, List<String> problems) {
    if (!seen.add(type) || type.isPrimitive() || type.isEnum()) {
      return;
    }
    if (!type.isInterface() && !Serializable.class.isAssignableFrom(type)) {
      problems.add(path + ": " + type.getName() + " is not Serializable");
      return;
    }
    if (!type.getName().startsWith("com.propaganda.dashboard.")) {
      return;
    }
    for (Class<?> declaring = type;
        declaring != null && declaring.getName().startsWith("com.propaganda.dashboard.");
        declaring = declaring.getSuperclass()) {
      for (Field field : declaring.getDeclaredFields()) {
        if (kept(field)) {
          checkType(field.getGenericType(), path + "." + field.getName(), seen, problems);
        }
      }
    }
  }

  private static void checkType(Type type, String path, Set<Class<?>> seen, List<String> problems) {
    if (type instanceof Class<?> plain) {
      check(plain.isArray() ? plain.getComponentType() : plain, path, seen, problems);
    } else if (type instanceof ParameterizedType generic) {
      checkType(generic.getRawType(), path, seen, problems);
      for (Type argument : generic.getActualTypeArguments()) {
        checkType(argument, path + "<>", seen, problems);
      }
    }
  }

  private static boolean kept(Field field) {
    int modifiers = field.getModifiers();
    return !Modifier.isStatic(modifiers)
        && !Modifier.isTransient(modifiers)
        && !field.isAnnotationPresent(Inject.class)
        && !field.isAnnotationPresent(EJB.class);
  }
}
