// expect: Procedure apoc.create.node is not present in the database
CALL apoc.create.node(['Plan'], {id: 'x'}) YIELD node
RETURN node
