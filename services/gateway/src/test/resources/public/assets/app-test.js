console.log("eqip test fixture");
