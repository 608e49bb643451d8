// Starts one Elasticsearch 7.10 node through the codelibs runner (see scripts/search-engine).
//
//   java -cp <runner classpath> search-engines/ElasticsearchNode.java PORT BASE_DIR
//
// Run as a single-file source program: the JDK compiles it in memory, so
// nothing is built or kept. The runner's own main() only accepts HTTP ports
// up to 9299; this one takes any port, binds to loopback only and runs a
// single-node cluster without security (plain http; the OSS modules only).
import java.util.concurrent.CountDownLatch;
import org.codelibs.elasticsearch.runner.ElasticsearchClusterRunner;

public class ElasticsearchNode {
    public static void main(final String[] args) throws Exception {
        final int port = Integer.parseInt(args[0]);
        final String basePath = args[1];
        final ElasticsearchClusterRunner runner = new ElasticsearchClusterRunner();
        final CountDownLatch closed = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                runner.close();
            } catch (final Exception e) {
                System.err.println("close: " + e);
            }
            closed.countDown();
        }));
        runner.setMaxHttpPort(-1); // take PORT as given, no scan of 9201-9299
        runner.onBuild((number, settings) -> {
            settings.put("http.port", port);
            settings.put("network.host", "127.0.0.1");
            settings.put("discovery.type", "single-node");
            settings.put("cluster.routing.allocation.disk.threshold_enabled", false);
            settings.put("action.auto_create_index", true);
        });
        runner.build(ElasticsearchClusterRunner.newConfigs()
                .basePath(basePath)
                .numOfNode(1)
                .baseHttpPort(port - 1) // HTTP port = base port + node number
                .clusterName("werkplek")
                .printOnFailure());
        runner.ensureYellow();
        System.out.println("Elasticsearch node ready on http://127.0.0.1:" + port);
        closed.await();
    }
}
