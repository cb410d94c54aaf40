package neo4jstore

import (
	"net/url"
	"os"
)

// Config says how to reach Neo4j. Username "" connects without
// authentication; Database "" uses the server's default database.
type Config struct {
	URI      string
	Username string
	Password string
	Database string
}

// ConfigFromEnv reads NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD and
// NEO4J_DATABASE.
func ConfigFromEnv() Config {
	return Config{URI: os.Getenv("NEO4J_URI"), Username: os.Getenv("NEO4J_USERNAME"),
		Password: os.Getenv("NEO4J_PASSWORD"), Database: os.Getenv("NEO4J_DATABASE")}
}

// redactedURI returns the URI without any user information, for messages.
func redactedURI(uri string) string {
	u, err := url.Parse(uri)
	if err != nil || u.Host == "" {
		return "(invalid URI)"
	}
	u.User = nil
	u.RawQuery = ""
	return u.String()
}
