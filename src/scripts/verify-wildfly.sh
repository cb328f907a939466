#!/usr/bin/env bash
# Deploys the WAR on WildFly 39 (Jakarta EE 10) as README "Deploying" describes, everything from
# Maven Central: EclipseLink joins WildFly's org.eclipse.persistence module, the PostgreSQL driver
# becomes a module, and server-config/wildfly/configure.cli adds the datasources and Elytron's
# setting. Flyway migrates a fresh database and the demo data loads; then headless Chromium signs
# in as the demo ceo, opens the call list, the dashboard and the audit log, and logs a call, and the
# database is checked for the call, its audit row and row-level security. Prints one line per page
# and exits non-zero on any failure. Uses its own database (propaganda_wildfly), target/wildfly and
# ports 8080 and 9990.
set -euo pipefail
cd "$(dirname "$0")/../.."
source src/scripts/env-defaults.sh
export DB_NAME="${WILDFLY_DB_NAME:-propaganda_wildfly}" DEMO_DATA=true
version="${WILDFLY_VERSION:-39.0.1.Final}"
home="target/wildfly/wildfly-$version"

db/setup-database.sh --fresh >/dev/null
src/scripts/install-browser.sh
mvn -B -q -DskipTests package
mvn -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/wildfly/test-classpath.txt
eclipselink=$(sed -n 's:.*<eclipselink.version>\(.*\)</eclipselink.version>.*:\1:p' pom.xml)
mvn -B -q dependency:copy -Dartifact="org.wildfly:wildfly-dist:$version:zip" \
  -DoutputDirectory=target/wildfly
mvn -B -q dependency:copy -Dartifact="org.eclipse.persistence:eclipselink:$eclipselink" \
  -DoutputDirectory=target/wildfly
rm -rf "$home"
unzip -q "target/wildfly/wildfly-dist-$version.zip" -d target/wildfly

# EclipseLink: WildFly's module holds only its integration (jipijapa); the provider joins it there,
# the documented way, so the WAR stays the same as on Payara.
persistence="$home/modules/system/layers/base/org/eclipse/persistence/main"
cp "target/wildfly/eclipselink-$eclipselink.jar" "$persistence/"
# It also needs Java modules the integration alone did not (RMI for its remote cache coordination).
sed -i -e "s|<resource-root path=\"jipijapa-eclipselink-$version.jar\"/>|&\n        <resource-root path=\"eclipselink-$eclipselink.jar\"/>|" \
  -e "s|<module name=\"java.logging\"/>|&\n        <module name=\"java.rmi\"/>\n        <module name=\"java.sql\"/>\n        <module name=\"java.xml\"/>\n        <module name=\"java.desktop\"/>|" \
  "$persistence/module.xml"

# The PostgreSQL driver as a module of its own.
mkdir -p "$home/modules/org/postgresql/main"
cp target/server/postgresql.jar "$home/modules/org/postgresql/main/"
cat > "$home/modules/org/postgresql/main/module.xml" <<'MODULE'
<?xml version="1.0" encoding="UTF-8"?>
<module name="org.postgresql" xmlns="urn:jboss:module:1.9">
    <resources>
        <resource-root path="postgresql.jar"/>
    </resources>
    <dependencies>
        <module name="java.logging"/>
        <module name="java.management"/>
        <module name="java.naming"/>
        <module name="java.security.jgss"/>
        <module name="java.sql"/>
        <module name="java.xml"/>
        <module name="jakarta.transaction.api"/>
    </dependencies>
</module>
MODULE

"$home/bin/jboss-cli.sh" --file=server-config/wildfly/configure.cli > target/wildfly/configure.log 2>&1 \
  || { cat target/wildfly/configure.log >&2; exit 1; }

started=$(date +%s)
"$home/bin/standalone.sh" \
  > target/wildfly/server.log 2>&1 &
server=$!
trap '"$home/bin/jboss-cli.sh" --connect --command=shutdown >/dev/null 2>&1 || kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do
  "$home/bin/jboss-cli.sh" --connect --command=":read-attribute(name=server-state)" 2>/dev/null \
    | grep -q running && break
  sleep 1
done
# The runtime name ROOT.war puts the application at /.
"$home/bin/jboss-cli.sh" --connect \
  --command="deploy target/propaganda-dashboard.war --name=propaganda-dashboard.war --runtime-name=ROOT.war"
for _ in $(seq 1 120); do
  curl -fs -o /dev/null http://localhost:8080/login.xhtml && break
  sleep 1
done
echo "WildFly $version: deployed and answering in $(( $(date +%s) - started )) s (log: target/wildfly/server.log)"
curl -fs http://localhost:9990/health/ready | sed 's/^/WildFly health: /'
echo
# The session cookie as on Payara: HttpOnly and SameSite=Lax (SessionCookieSameSite).
cookie=$(curl -fsi http://localhost:8080/login.xhtml | tr -d '\r' | grep -i '^set-cookie: JSESSIONID=')
echo "WildFly session cookie: ${cookie#*: }"
grep -qi 'HttpOnly' <<<"$cookie" && grep -qi 'SameSite=Lax' <<<"$cookie"

prospect="WildFly check $(date +%s)"
"$PAYARA_JAVA_HOME/bin/java" -cp "target/test-classes:$(cat target/wildfly/test-classpath.txt)" \
  com.propaganda.dashboard.browser.DeploymentCheck http://localhost:8080/ "$prospect" "WildFly $version"

psql_admin() {
  runuser -u postgres -- psql -p "$DB_PORT" -d "$DB_NAME" -v ON_ERROR_STOP=1 -q -X -At "$@"
}
call=$(psql_admin -c "SELECT id FROM calls WHERE prospect_name = '$prospect'")
audited=$(psql_admin -c "SELECT count(*) FROM audit_logs WHERE table_name = 'calls' AND action = 'INSERT' AND record_id = '$call' AND user_id IS NOT NULL")
calls=$(psql_admin -c "SELECT count(*) FROM calls")
unbound=$(PGPASSWORD="$DB_PASSWORD" psql -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d "$DB_NAME" -X -At \
  -c "SELECT count(*) FROM calls")
echo "Database: the call $call with $audited audit row by its user; the application role sees $unbound of $calls calls without a client bound (row-level security)"
[[ -n "$call" && "$audited" == 1 && "$unbound" == 0 && "$calls" -gt 0 ]]
echo "WildFly $version: verified"
