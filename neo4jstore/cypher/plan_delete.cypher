// Deletes every node of one plan with its relationships. Shared nodes
// (wards, partners, topics, ...) carry no plan property and stay.
// param planId: STRING
MATCH (n:Entity {plan: $planId})
DETACH DELETE n
