import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the CPU samples of requests went, by layer of the stack: run by profile-layers.sh on a JFR
 * file. A sample counts for the layer of the frame nearest its top that belongs to one (JDK frames
 * count for the layer that called them); only samples of threads serving HTTP requests count.
 */
public class ProfileLayers {

  /** Layers in the order they are tried on a frame: the first whose pattern matches names it. */
  private static final Map<String, Pattern> LAYERS = new LinkedHashMap<>();

  static {
    layer("PostgreSQL driver", "org\\.postgresql\\.");
    layer("connection pool", "com\\.sun\\.gjc\\.|com\\.sun\\.enterprise\\.(connectors|resource)\\.");
    layer("transactions (JTA)", "com\\.sun\\.enterprise\\.transaction\\.|com\\.sun\\.jts\\.");
    layer("EclipseLink", "org\\.eclipse\\.persistence\\.");
    layer("logging", "java\\.util\\.logging\\.|com\\.sun\\.enterprise\\.server\\.logging\\.");
    layer("JSON (Parsson)", "org\\.eclipse\\.parsson\\.|jakarta\\.json\\.");
    layer("password hashing (sign-in)", "com\\.propaganda\\.dashboard\\.passwords\\.|org\\.bouncycastle\\.");
    layer("application", "com\\.propaganda\\.dashboard\\.");
    layer("EJB container", "com\\.sun\\.ejb\\.");
    layer("CDI (Weld)", "org\\.jboss\\.weld\\.|org\\.glassfish\\.weld\\.");
    layer("security (Soteria, JASPIC)", "soteria|epicyro|com\\.sun\\.web\\.security\\.");
    layer("Faces (Mojarra, PrimeFaces)", "com\\.sun\\.faces\\.|jakarta\\.faces\\.|org\\.primefaces\\.");
    layer("JAX-RS (Jersey, HK2)", "org\\.glassfish\\.jersey\\.|org\\.jvnet\\.hk2\\.|org\\.glassfish\\.hk2\\.");
    layer("web container (Catalina, Grizzly)", "org\\.apache\\.catalina\\.|com\\.sun\\.enterprise\\.web\\.|org\\.glassfish\\.grizzly\\.");
  }

  private static void layer(String name, String pattern) {
    LAYERS.put(name, Pattern.compile(pattern));
  }

  public static void main(String[] args) throws Exception {
    Map<String, Integer> samples = new TreeMap<>();
    int total = 0;
    for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
      if (!event.getEventType().getName().equals("jdk.ExecutionSample")
          || event.getStackTrace() == null) {
        continue;
      }
      List<RecordedFrame> frames = event.getStackTrace().getFrames();
      if (frames.stream().noneMatch(f -> name(f).startsWith("org.apache.catalina.connector"))) {
        continue;
      }
      total++;
      samples.merge(layerOf(frames), 1, Integer::sum);
    }
    int all = total;
    System.out.printf("CPU samples of request threads: %d%n", all);
    samples.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .forEach(
            e -> System.out.printf("%6d %5.1f%%  %s%n", e.getValue(), 100.0 * e.getValue() / all, e.getKey()));
  }

  private static String layerOf(List<RecordedFrame> frames) {
    for (RecordedFrame frame : frames) {
      String name = name(frame);
      for (Map.Entry<String, Pattern> layer : LAYERS.entrySet()) {
        if (layer.getValue().matcher(name).find()) {
          return layer.getKey();
        }
      }
    }
    return "other";
  }

  private static String name(RecordedFrame frame) {
    return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
  }
}
