// Generic actors (各区人民政府, 各相关部门, 市政府分管领导 …) are merged on their id like every vocabulary node.
CREATE CONSTRAINT generic_actor_id IF NOT EXISTS FOR (n:GenericActor) REQUIRE n.id IS UNIQUE;
